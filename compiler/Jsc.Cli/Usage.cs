namespace Jsc.Cli;

static class Usage
{
    public const string Text =
        """
        usage: jsc <command> [options]

        commands:
          run FILE [args...]                  compile FILE in memory and run it, like `node FILE`
          run --script FILE [args...]         run FILE as a classic script: top-level declarations
                                              are globals and `this` is the global object
          parse FILE... [--module] [--json]   print the ESTree JSON (acorn's shape) of each file
          parse --check FILE...               print `OK <file>` or the syntax error for each file;
                                              exit 1 if any file failed

        Files named *.mjs or *.module.js, or any file with --module, are parsed as modules.

        """;
}
