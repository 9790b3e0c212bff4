using System.Text;
using Jsc.Compiler.Syntax;

namespace Jsc.Cli;

static class SourceFiles
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a source file as UTF-8 (a leading BOM is dropped, as node does); errors come back as a message.</summary>
    public static SourceText? Read(string path, out string? error)
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
        int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
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
