// Not built: what tests/layering/check-includes.py must report (check_layering_reports).
#include "import/importer.h"
#include "render/threadhtmlrenderer.h"
