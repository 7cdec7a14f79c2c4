#ifndef CLAIMDIFF_LIBXML2_SHIM_H
#define CLAIMDIFF_LIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's headers pull in the system ICU when it was built with it; Foundation ships its own
   ICU, and the two clash in one Swift module. claimdiff uses no ICU-specific libxml2 API. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

/* xmlFree is a global function pointer; a function keeps Swift's concurrency checking quiet. */
static inline void claimdiff_xml_free(void *pointer) { xmlFree(pointer); }
#endif
