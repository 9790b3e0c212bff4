using System.Text;
using Jsc.Compiler.Syntax;

namespace Jsc.Cli;

static class SourceFiles
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a source file as UTF-8; errors come back as a message. node's module loader drops
    /// a leading BOM before compiling, while `jsc parse` keeps it (as whitespace) so offsets
    /// match acorn's on the same text.
    /// </summary>
    public static SourceText? Read(string path, out string? error, bool keepBom = false)
    {
        error = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read file: {e.Message}";
            return null;
        }
        int offset = !keepBom && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new SourceText(StrictUtf8.GetString(bytes, offset, bytes.Length - offset), path);
        }
        catch (DecoderFallbackException e)
        {
            error = $"{path}: not valid UTF-8 (byte offset {offset + e.Index})";
            return null;
        }
    }

    public static bool IsModulePath(string path) =>
        path.EndsWith(".mjs", StringComparison.Ordinal) || path.EndsWith(".module.js", StringComparison.Ordinal);
}
