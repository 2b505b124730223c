#include "scoretext.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace Scholia {

QString ScoreText::points(qint64 score)
{
    // Qt writes the number into %n only when it is not negative, and a Reddit score can be:
    // the plural form is chosen by the score's size, then its sign is put back.
    const qint64 bounded = std::clamp<qint64>(score, -qint64(INT_MAX), INT_MAX);
    const int size = int(bounded < 0 ? -bounded : bounded);
    QString text = QCoreApplication::translate("ThreadHtmlRenderer", "%n point(s)", nullptr, size);
    if (bounded < 0) {
        const QString digits = QString::number(size);
        const qsizetype at = text.indexOf(digits);
        if (at >= 0)
            text.replace(at, digits.size(), QString::number(bounded));
    }
    return text;
}

} // namespace Scholia
