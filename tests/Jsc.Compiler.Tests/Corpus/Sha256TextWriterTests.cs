using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Jsc.Compiler.Tests.Corpus;

/// <summary>
/// The corpus tests trust this writer's digest to equal node's sha256 of the same text, however
/// EstreeJson cuts the text into writes.
/// </summary>
public class Sha256TextWriterTests
{
    static string Expected(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // ASCII, two-byte, three-byte (U+2028) and four-byte (a surrogate pair) UTF-8.
    const string Mixed = "{\"name\":\"caf\u00e9 \u2028 \U0002B81E \U0001F600\"}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7919)]
    public void Digest_does_not_depend_on_how_writes_are_cut(int piece)
    {
        // Long enough to cross the internal buffer several times, with pairs on its boundaries.
        string text = string.Concat(Enumerable.Repeat(Mixed, 3000));
        using var writer = new Sha256TextWriter();
        for (int i = 0; i < text.Length; i += piece) writer.Write(text.AsSpan(i, Math.Min(piece, text.Length - i)));
        Assert.Equal(Expected(text), writer.HexDigest());
        Assert.Equal(Encoding.UTF8.GetByteCount(text), writer.Length);
    }

    [Fact]
    public void Chars_strings_and_formatted_numbers_all_count()
    {
        using var writer = new Sha256TextWriter();
        writer.Write('[');
        writer.Write(12);
        writer.Write(',');
        writer.Write(-0.5);
        writer.Write(",\"\U0001F600\"]");
        Assert.Equal(Expected("[12,-0.5,\"\U0001F600\"]"), writer.HexDigest());
    }

    [Fact]
    public void Empty_text_has_the_empty_digest()
    {
        using var writer = new Sha256TextWriter();
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", writer.HexDigest());
    }
}
