/* The shims are static inline functions in the header; a C target needs one source file. */
#include "claimdiff_shims.h"
