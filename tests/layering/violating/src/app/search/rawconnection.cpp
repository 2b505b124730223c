// A pane that reaches past the Library into the SQLite connection (what store alone may do).

#include "store/sqlitedatabase.h"
