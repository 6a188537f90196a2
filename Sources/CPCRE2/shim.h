// The 8-bit code unit width must be chosen before <pcre2.h> is included; Swift imports the
// suffixed names (pcre2_compile_8, pcre2_match_8, ...) that this width selects.
#ifndef REMIXLINT_CPCRE2_SHIM_H
#define REMIXLINT_CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#endif
