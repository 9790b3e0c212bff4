using System.Text;

namespace Jsc.Stdlib.Buffer;

/// <summary>Node's buffer encodings: https://nodejs.org/docs/v0.8.16/api/buffer.html#buffer_buffer (plus latin1, base64url).</summary>
public enum Encoding { Utf8, Ucs2, Latin1, Ascii, Base64, Base64Url, Hex }

/// <summary>
/// Strings to bytes and back in each encoding, decoding invalid input exactly as node does:
/// UTF-8 replaces each maximal invalid subsequence with U+FFFD (as .NET's decoder does),
/// ascii drops the high bit, ucs2 ignores an odd last byte, hex stops at the first pair that
/// is not hex, and base64 (either alphabet) skips characters outside the alphabet and stops
/// at '=' (node's base64_decode_group_slow).
/// </summary>
public static class BufferEncodings
{
    static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>node's normalizeEncoding: the encoding a name means, case-insensitively; null for unknown names.</summary>
    public static Encoding? Parse(string name) => name.ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => Encoding.Utf8,
        "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => Encoding.Ucs2,
        "latin1" or "binary" => Encoding.Latin1,
        "ascii" => Encoding.Ascii,
        "base64" => Encoding.Base64,
        "base64url" => Encoding.Base64Url,
        "hex" => Encoding.Hex,
        _ => null,
    };

    /// <summary>Buffer.byteLength(string, encoding): the bytes the string takes (base64 counted from its length, as node does).</summary>
    public static int ByteLength(string s, Encoding encoding)
    {
        switch (encoding)
        {
            case Encoding.Ucs2: return s.Length * 2;
            case Encoding.Latin1:
            case Encoding.Ascii: return s.Length;
            case Encoding.Hex: return s.Length >>> 1;
            case Encoding.Base64:
            case Encoding.Base64Url:
                int bytes = s.Length;
                if (bytes > 0 && s[bytes - 1] == '=') bytes--;
                if (bytes > 1 && s[bytes - 1] == '=') bytes--;
                return (int)(((long)bytes * 3) >>> 2);
            default: return Utf8.GetByteCount(s);
        }
    }

    /// <summary>The string's bytes in an encoding.</summary>
    public static byte[] GetBytes(string s, Encoding encoding)
    {
        switch (encoding)
        {
            case Encoding.Utf8: return Utf8.GetBytes(s);
            case Encoding.Base64:
            case Encoding.Base64Url:
            {
                var buffer = new byte[Base64DecodedSize(s)];
                int n = Base64Decode(s, buffer);
                return n == buffer.Length ? buffer : buffer[..n];
            }
            default:
            {
                var buffer = new byte[ByteLength(s, encoding)];
                int n = Write(s, encoding, buffer);
                return n == buffer.Length ? buffer : buffer[..n];
            }
        }
    }

    /// <summary>Writes as much of the string as fits (never part of a UTF-8 character or UTF-16 unit); the bytes written.</summary>
    public static int Write(string s, Encoding encoding, Span<byte> target)
    {
        switch (encoding)
        {
            case Encoding.Utf8: return Utf8Write(s, target);
            case Encoding.Ucs2:
            {
                int units = Math.Min(s.Length, target.Length / 2);
                for (int i = 0; i < units; i++)
                {
                    target[2 * i] = (byte)s[i];
                    target[2 * i + 1] = (byte)(s[i] >> 8);
                }
                return units * 2;
            }
            case Encoding.Latin1:
            case Encoding.Ascii:
            {
                int n = Math.Min(s.Length, target.Length);
                for (int i = 0; i < n; i++) target[i] = (byte)s[i];
                return n;
            }
            case Encoding.Hex:
            {
                int n = Math.Min(s.Length / 2, target.Length);
                for (int i = 0; i < n; i++)
                {
                    int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                    if (hi < 0 || lo < 0) return i;
                    target[i] = (byte)(hi << 4 | lo);
                }
                return n;
            }
            default:
            {
                if (target.Length >= Base64DecodedSize(s)) return Base64Decode(s, target);
                var all = new byte[Base64DecodedSize(s)];
                int n = Math.Min(Base64Decode(s, all), target.Length);
                all.AsSpan(0, n).CopyTo(target);
                return n;
            }
        }
    }

    static int Utf8Write(string s, Span<byte> target)
    {
        if (Utf8.GetMaxByteCount(s.Length) <= target.Length || Utf8.GetByteCount(s) <= target.Length) return Utf8.GetBytes(s, target);
        int written = 0;
        Span<byte> one = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            int units = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            int n = Utf8.GetBytes(s.AsSpan(i, units), one);
            if (written + n > target.Length) break;
            one[..n].CopyTo(target[written..]);
            written += n;
            i += units - 1;
        }
        return written;
    }

    /// <summary>The bytes as a string in an encoding.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        switch (encoding)
        {
            case Encoding.Utf8: return Utf8.GetString(bytes);
            case Encoding.Ucs2:
            {
                var chars = new char[bytes.Length / 2];
                for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[2 * i] | bytes[2 * i + 1] << 8);
                return new string(chars);
            }
            case Encoding.Latin1: return System.Text.Encoding.Latin1.GetString(bytes);
            case Encoding.Ascii:
            {
                var chars = new char[bytes.Length];
                for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[i] & 0x7f);
                return new string(chars);
            }
            case Encoding.Hex: return Convert.ToHexStringLower(bytes);
            case Encoding.Base64: return Convert.ToBase64String(bytes);
            default: return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }

    static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>node's base64_decoded_size: room for the decoded bytes of s.</summary>
    static int Base64DecodedSize(string s)
    {
        int size = s.Length;
        if (size < 2) return 0;
        if (s[size - 1] == '=')
        {
            size--;
            if (s[size - 1] == '=') size--;
        }
        return size / 4 * 3 + (size % 4 + 1) / 2;
    }

    /// <summary>The value of a base64 or base64url character, or -1.</summary>
    static int Base64Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        '/' or '_' => 63,
        _ => -1,
    };

    /// <summary>node's lenient base64 decoder: groups of four sextets, skipping characters outside the alphabet, ending at '='.</summary>
    static int Base64Decode(string src, Span<byte> dst)
    {
        int i = 0, k = 0;
        int[] group = new int[4];
        while (true)
        {
            for (int g = 0; g < 4; g++)
            {
                int lo;
                while (true)
                {
                    if (i >= src.Length) return k;
                    char c = src[i++];
                    lo = Base64Value(c);
                    if (lo >= 0) break;
                    if (c == '=') return k;
                }
                group[g] = lo;
                if (k >= dst.Length) return k;
                switch (g)
                {
                    case 1: dst[k++] = (byte)((group[0] & 0x3F) << 2 | (lo & 0x30) >> 4); break;
                    case 2: dst[k++] = (byte)((group[1] & 0x0F) << 4 | (lo & 0x3C) >> 2); break;
                    case 3: dst[k++] = (byte)((group[2] & 0x03) << 6 | lo & 0x3F); break;
                }
            }
        }
    }
}
