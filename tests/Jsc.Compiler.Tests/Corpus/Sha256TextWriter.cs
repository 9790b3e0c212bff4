using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Jsc.Compiler.Tests.Corpus;

/// <summary>
/// A TextWriter that keeps only the sha256 of the UTF-8 of what is written. The canonical JSON of
/// a big library is far larger than the file (typescript.js gives ~150 MB), so it is hashed as it
/// streams out rather than built as a string.
/// </summary>
public sealed class Sha256TextWriter : TextWriter
{
    const int BufferChars = 16 * 1024;

    readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    // A stateful encoder: a surrogate pair split across two writes still encodes as one code point.
    readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    readonly char[] chars = new char[BufferChars];
    readonly byte[] bytes = new byte[Encoding.UTF8.GetMaxByteCount(BufferChars)];
    int count;
    bool finished;

    public override Encoding Encoding => Encoding.UTF8;
    public override IFormatProvider FormatProvider => CultureInfo.InvariantCulture;

    /// <summary>Total UTF-8 bytes hashed so far.</summary>
    public long Length { get; private set; }

    public override void Write(char value)
    {
        if (count == chars.Length) Drain(final: false);
        chars[count++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (count == chars.Length) Drain(final: false);
            int n = Math.Min(buffer.Length, chars.Length - count);
            buffer[..n].CopyTo(chars.AsSpan(count));
            count += n;
            buffer = buffer[n..];
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));
    public override void Write(string? value) => Write(value.AsSpan());

    void Drain(bool final)
    {
        int n = encoder.GetBytes(chars.AsSpan(0, count), bytes, flush: final);
        hash.AppendData(bytes, 0, n);
        Length += n;
        count = 0;
    }

    /// <summary>Lower-case hex sha256 of everything written; the writer is finished after this.</summary>
    public string HexDigest()
    {
        if (finished) throw new InvalidOperationException("the digest was already taken");
        finished = true;
        Drain(final: true);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) hash.Dispose();
        base.Dispose(disposing);
    }
}
