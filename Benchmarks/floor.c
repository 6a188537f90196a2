/*
 * floor: what `pcre2grep -c -u -f PATTERNS FILE` does, without pcre2grep's 8,192-byte limit on a
 * pattern (remixlint's vocabulary patterns are longer). Compiles every pattern of PATTERNS (one per
 * line) with UTF and UCP, JIT-compiles it, then counts the lines of FILE that match any pattern,
 * trying the patterns in order and stopping at the first match, as pcre2grep does. With --each it asks
 * every pattern once on every line (the first match only): the least PCRE2 work of a linter that
 * consults every rule on every prompt.
 *
 *   cc -O2 -o floor Benchmarks/floor.c $(pkg-config --cflags --libs libpcre2-8)
 *   ./floor [--each] patterns.txt prompts.jsonl
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int each = argc == 4 && strcmp(argv[1], "--each") == 0;
  if (each) { argv++; argc--; }
  if (argc != 3) { fprintf(stderr, "usage: floor [--each] PATTERNS FILE\n"); return 2; }
  FILE *pf = fopen(argv[1], "r");
  if (!pf) { perror(argv[1]); return 2; }
  pcre2_code **codes = NULL; size_t count = 0, cap = 0;
  char *line = NULL; size_t size = 0; ssize_t len;
  while ((len = getline(&line, &size, pf)) >= 0) {
    if (len > 0 && line[len - 1] == '\n') line[--len] = 0;
    if (len == 0) continue;
    int err; PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)line, (PCRE2_SIZE)len, PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
    if (!code) {
      PCRE2_UCHAR msg[256]; pcre2_get_error_message(err, msg, sizeof msg);
      fprintf(stderr, "pattern %zu: %s at offset %zu\n", count + 1, (char *)msg, (size_t)off); return 2;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    if (count == cap) { cap = cap ? cap * 2 : 64; codes = realloc(codes, cap * sizeof *codes); }
    codes[count++] = code;
  }
  fclose(pf);
  FILE *in = fopen(argv[2], "r");
  if (!in) { perror(argv[2]); return 2; }
  pcre2_match_data *md = pcre2_match_data_create(32, NULL);
  long matched = 0, hits = 0;
  while ((len = getline(&line, &size, in)) >= 0) {
    if (len > 0 && line[len - 1] == '\n') len--;
    int hit = 0;
    for (size_t i = 0; i < count; i++) {
      if (pcre2_match(codes[i], (PCRE2_SPTR)line, (PCRE2_SIZE)len, 0, 0, md, NULL) >= 0) {
        hit = 1;
        hits++;
        if (!each) break;
      }
    }
    matched += hit;
  }
  if (each) fprintf(stderr, "%ld pattern hits\n", hits);
  printf("%ld\n", matched);
  return matched > 0 ? 0 : 1;
}
