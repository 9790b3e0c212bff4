using System.Text;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Fs;

/// <summary>
/// Where fs meets Buffer: file data crosses the binding as .NET byte arrays, and these are the
/// only places that turn them into JavaScript values (Buffers over the same array) or back
/// (the bytes a Buffer, TypedArray or DataView views, without copying).
/// </summary>
static class FsBytes
{
    /// <summary>The bytes a Buffer, TypedArray or DataView views (array, offset, length); false for anything else.</summary>
    public static bool TryGetBytes(JsValue value, out ArraySegment<byte> bytes)
    {
        switch (value.Ref)
        {
            case Runtime.Builtins.JsTypedArray typed:
                bytes = new ArraySegment<byte>(typed.Buffer.Data, typed.ByteOffset, typed.ByteLength);
                return true;
            case Runtime.Builtins.JsDataView view:
                bytes = new ArraySegment<byte>(view.Buffer.Data, view.ByteOffset, view.ByteLength);
                return true;
            default:
                bytes = default;
                return false;
        }
    }

    /// <summary>A Buffer holding the first <paramref name="count"/> of <paramref name="bytes"/> (taken over, not copied).</summary>
    public static JsValue ToBuffer(Realm realm, byte[] bytes, int count) =>
        JsValue.FromObject(Buffer.BufferModule.Create(Runtime.Builtins.JsArrayBuffer.Create(bytes), 0, count));

    /// <summary>Node's name for an encoding, or null when node does not know it (Buffer.isEncoding).</summary>
    public static string? NormalizeEncoding(string name) => name.ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => "utf8",
        "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => "utf16le",
        "latin1" or "binary" => "latin1",
        "ascii" => "ascii",
        "base64" => "base64",
        "base64url" => "base64url",
        "hex" => "hex",
        _ => null,
    };

    /// <summary>A string's bytes in a (normalized) encoding, as Buffer.from(string, encoding) makes them.</summary>
    public static byte[] Encode(string text, string encoding)
    {
        switch (encoding)
        {
            case "utf8": return Encoding.UTF8.GetBytes(text);
            case "utf16le": return Encoding.Unicode.GetBytes(text);
            case "latin1":
            case "ascii":
                var narrow = new byte[text.Length];
                for (int i = 0; i < text.Length; i++) narrow[i] = (byte)text[i];
                return narrow;
            case "hex":
                var hex = new byte[text.Length / 2];
                int n = 0;
                for (; n < hex.Length && Uri.IsHexDigit(text[2 * n]) && Uri.IsHexDigit(text[2 * n + 1]); n++)
                    hex[n] = (byte)Convert.ToInt32(text.Substring(2 * n, 2), 16);
                return n == hex.Length ? hex : hex[..n];
            default:
                return DecodeBase64(text);
        }
    }

    /// <summary>Bytes as a string in a (normalized) encoding, as buffer.toString(encoding) gives them.</summary>
    public static string Decode(byte[] bytes, int offset, int count, string encoding)
    {
        switch (encoding)
        {
            case "utf8": return Encoding.UTF8.GetString(bytes, offset, count);
            case "utf16le": return Encoding.Unicode.GetString(bytes, offset, count & ~1);
            case "latin1": return Encoding.Latin1.GetString(bytes, offset, count);
            case "ascii":
                var chars = new char[count];
                for (int i = 0; i < count; i++) chars[i] = (char)(bytes[offset + i] & 0x7F);
                return new string(chars);
            case "hex": return Convert.ToHexString(bytes, offset, count).ToLowerInvariant();
            case "base64": return Convert.ToBase64String(bytes, offset, count);
            default: return Convert.ToBase64String(bytes, offset, count).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }

    // Node's base64 decoder accepts both alphabets, skips whitespace and stops at the first '='.
    static byte[] DecodeBase64(string text)
    {
        var clean = new StringBuilder(text.Length + 3);
        foreach (char c in text)
        {
            if (c == '=') break;
            if (c == '-') clean.Append('+');
            else if (c == '_') clean.Append('/');
            else if (char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/') clean.Append(c);
        }
        if (clean.Length % 4 == 1) clean.Length--;
        while (clean.Length % 4 != 0) clean.Append('=');
        return Convert.FromBase64String(clean.ToString());
    }
}
