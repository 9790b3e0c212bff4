using System.Diagnostics.CodeAnalysis;
using System.Text;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// https://tc39.es/ecma262/#sec-uri-handling-functions and Annex B's escape/unescape
/// (https://tc39.es/ecma262/#sec-escape-string).
/// </summary>
public static class UriFunctions
{
    const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const string UriMark = "-_.!~*'()";
    const string UriReserved = ";/?:@&=+$,";
    const string EscapeUnescaped = Alnum + "@*_+-./";

    static readonly bool[] UriUnescaped = CharSet(Alnum + UriMark);
    static readonly bool[] UriUnescapedOrReserved = CharSet(Alnum + UriMark + UriReserved + "#");
    static readonly bool[] ReservedAndHash = CharSet(UriReserved + "#");
    static readonly bool[] NoneReserved = CharSet("");
    static readonly bool[] EscapeSet = CharSet(EscapeUnescaped);

    static bool[] CharSet(string chars)
    {
        var set = new bool[128];
        foreach (char c in chars) set[c] = true;
        return set;
    }

    public static void Install(Realm realm) =>
        realm.GlobalObject.DefineMethods(realm,
            new("decodeURI", 1, (_, args) => Decode(TypeConversion.ToString(args.Arg(0)), ReservedAndHash)),
            new("decodeURIComponent", 1, (_, args) => Decode(TypeConversion.ToString(args.Arg(0)), NoneReserved)),
            new("encodeURI", 1, (_, args) => Encode(TypeConversion.ToString(args.Arg(0)), UriUnescapedOrReserved)),
            new("encodeURIComponent", 1, (_, args) => Encode(TypeConversion.ToString(args.Arg(0)), UriUnescaped)),
            new("escape", 1, Escape),
            new("unescape", 1, Unescape));

    const string Hex = "0123456789ABCDEF";

    /// <summary>https://tc39.es/ecma262/#sec-encode</summary>
    static JsValue Encode(string s, bool[] unescaped)
    {
        StringBuilder? sb = null;
        Span<byte> utf8 = stackalloc byte[4];
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c < 128 && unescaped[c])
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(s, 0, k, s.Length + 16);
            int codePoint;
            if (char.IsHighSurrogate(c) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1])) codePoint = char.ConvertToUtf32(c, s[++k]);
            else if (char.IsSurrogate(c)) { Throw.URIError("URI malformed"); return default; }
            else codePoint = c;
            int n = new Rune(codePoint).EncodeToUtf8(utf8);
            for (int i = 0; i < n; i++) sb.Append('%').Append(Hex[utf8[i] >> 4]).Append(Hex[utf8[i] & 15]);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>https://tc39.es/ecma262/#sec-decode</summary>
    static JsValue Decode(string s, bool[] preserved)
    {
        int first = s.IndexOf('%');
        if (first < 0) return s;
        var sb = new StringBuilder(s, 0, first, s.Length);
        Span<byte> octets = stackalloc byte[4];
        for (int k = first; k < s.Length; k++)
        {
            char c = s[k];
            if (c != '%') { sb.Append(c); continue; }
            int start = k;
            int b = HexByte(s, k);
            k += 2;
            if (b < 0x80)
            {
                if (preserved[b]) sb.Append(s, start, 3);
                else sb.Append((char)b);
                continue;
            }
            // A multi-byte UTF-8 sequence: the lead byte gives its length.
            int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (n == 0) Malformed();
            octets[0] = (byte)b;
            for (int j = 1; j < n; j++)
            {
                k++;
                if (k >= s.Length || s[k] != '%') Malformed();
                int next = HexByte(s, k);
                if ((next & 0xC0) != 0x80) Malformed();
                octets[j] = (byte)next;
                k += 2;
            }
            // Rejects overlong forms, surrogates and values above U+10FFFF.
            if (Rune.DecodeFromUtf8(octets[..n], out var rune, out int consumed) != System.Buffers.OperationStatus.Done || consumed != n)
                Malformed();
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>The byte written as %XX at index k, or a URIError.</summary>
    static int HexByte(string s, int k)
    {
        if (k + 2 >= s.Length) Malformed();
        int hi = HexValue(s[k + 1]), lo = HexValue(s[k + 2]);
        if (hi < 0 || lo < 0) Malformed();
        return hi * 16 + lo;
    }

    [DoesNotReturn]
    static void Malformed() => Throw.URIError("URI malformed");

    static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

    /// <summary>https://tc39.es/ecma262/#sec-escape-string</summary>
    static JsValue Escape(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = TypeConversion.ToString(args.Arg(0));
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c < 128 && EscapeSet[c]) sb.Append(c);
            else if (c < 256) sb.Append('%').Append(Hex[c >> 4]).Append(Hex[c & 15]);
            else sb.Append("%u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 15]).Append(Hex[(c >> 4) & 15]).Append(Hex[c & 15]);
        }
        return sb.ToString();
    }

    /// <summary>https://tc39.es/ecma262/#sec-unescape-string</summary>
    static JsValue Unescape(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = TypeConversion.ToString(args.Arg(0));
        var sb = new StringBuilder(s.Length);
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c == '%')
            {
                if (k + 5 < s.Length && s[k + 1] == 'u' && TryHex(s, k + 2, 4, out int u)) { sb.Append((char)u); k += 5; continue; }
                if (k + 2 < s.Length && TryHex(s, k + 1, 2, out int b)) { sb.Append((char)b); k += 2; continue; }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    static bool TryHex(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int d = HexValue(s[i]);
            if (d < 0) return false;
            value = value * 16 + d;
        }
        return true;
    }
}
