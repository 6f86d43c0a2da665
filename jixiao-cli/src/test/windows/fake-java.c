/* A stand-in for java.exe, for run-under-wine.sh: appends to FAKE_JAVA_LOG its own path and each argument as
   CommandLineToArgvW splits its command line (UTF-8), then exits with FAKE_JAVA_EXIT. */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>

static void put(FILE *f, const wchar_t *w) {
    char buf[8192];
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, buf, sizeof buf, NULL, NULL);
    if (n > 0) fputs(buf, f);
}

int main(void) {
    wchar_t log[1024];
    if (!GetEnvironmentVariableW(L"FAKE_JAVA_LOG", log, 1024)) return 99;
    FILE *f = _wfopen(log, L"ab");
    if (!f) return 98;
    LPWSTR line = GetCommandLineW();
    int argc = 0;
    LPWSTR *argv = CommandLineToArgvW(line, &argc);
    wchar_t self[1024];
    GetModuleFileNameW(NULL, self, 1024);
    fputs("EXE [", f); put(f, self); fputs("]\n", f);
    fputs("ARGC ", f); fprintf(f, "%d\n", argc);
    for (int i = 1; i < argc; i++) { fputs("ARG [", f); put(f, argv[i]); fputs("]\n", f); }
    fprintf(f, "CONSOLE_CP %u\n", GetConsoleOutputCP());
    fclose(f);
    wchar_t code[32];
    if (GetEnvironmentVariableW(L"FAKE_JAVA_EXIT", code, 32)) return _wtoi(code);
    return 0;
}
