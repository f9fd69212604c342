// A thin shim over libedit's readline-compatible API.
// Swift 6 strict concurrency rejects direct use of C globals (the readline
// variables, stdin/stdout), so each one gets a one-purpose static inline accessor.
#ifndef SENARYO_CEDITLINE_SHIM_H
#define SENARYO_CEDITLINE_SHIM_H
#include <stdio.h>
#include <editline/readline.h>

typedef char **(*senaryo_completion_fn)(const char *, int, int);
typedef char *(*senaryo_generator_fn)(const char *, int);

static inline void senaryo_set_completion_function(senaryo_completion_fn fn) {
    rl_attempted_completion_function = fn;
}
static inline void senaryo_set_readline_name(const char *name) {
    rl_readline_name = name;
}
static inline const char *senaryo_line_buffer(void) { return rl_line_buffer; }
static inline int senaryo_point(void) { return rl_point; }
static inline void senaryo_set_attempted_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void senaryo_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void senaryo_set_basic_word_break_characters(const char *s) {
    rl_basic_word_break_characters = (char *)s;
}
static inline char **senaryo_completion_matches(const char *text, senaryo_generator_fn fn) {
    return rl_completion_matches(text, fn);
}
static inline FILE *senaryo_stdout(void) { return stdout; }
static inline FILE *senaryo_stderr(void) { return stderr; }
#endif
