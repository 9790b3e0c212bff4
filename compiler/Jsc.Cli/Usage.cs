namespace Jsc.Cli;

static class Usage
{
    public const string Text =
        """
        usage: jsc <command> [options]

        commands:
          run FILE [args...]                  compile FILE in memory and run it, like `node FILE`
          FILE [args...]                      the same as `run FILE [args...]`
          -i | repl                           the read-eval-print loop on stdin/stdout, like `node -i`
          run --script FILE [args...]         run FILE as a classic script: top-level declarations
                                              are globals and `this` is the global object
          run --script-batch                  run each script path read from stdin (one a line) like
                                              run --script; print one JSON result line per script
          build PROJECT -o OUT [options]      compile a Node project (a directory, its package.json or
                                              its entry file) and everything it requires into one
                                              assembly OUT/NAME.dll with the runtime beside it;
                                              run it with `dotnet OUT/NAME.dll` or `OUT/NAME`
              --entry FILE                    the entry (default: package.json main, bin, index.js)
              --name NAME                     the assembly's name (default: package.json name)
              --release | --debug             JIT-optimised (default) or debuggable; PDB either way
              --no-runtime-compile            leave the compiler out: a module the build did not see
                                              is then an error naming it (and eval is unavailable)
              --r2r                           precompile the app and runtime to native code
                                              (crossgen2, fetched from NuGet once) for start-up
              --verbose                       list each module and the warnings (on a terminal,
                                              without it: a progress bar)
              --cache-dir DIR                 the incremental cache: a module whose text is there
                                              is not compiled again (default ~/.cache/jsc/modules,
                                              or $XDG_CACHE_HOME/jsc/modules)
              --no-cache                      compile every module
              --namespace NS                  the module table's type is NS.ModuleTable
                                              (default Jsc.Modules)
              --no-apphost                    no native launcher OUT/NAME, only OUT/NAME.dll
              --error-format msbuild          one line per error: file.js(line,col): error JSC1001: ...
          compile FILE -o OUT [--debug]       compile one module into OUT/NAME.dll and its PDB
          parse FILE... [--module] [--json]   print the ESTree JSON (acorn's shape) of each file
          parse --check FILE...               print `OK <file>` or the syntax error for each file;
                                              exit 1 if any file failed

        Files named *.mjs or *.module.js, or any file with --module, are parsed as modules.

        """;
}
