using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

public class GlobalTests : RealmTest
{
    /// <summary>Expression → result as node shows it (see <see cref="Show"/>).</summary>
    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("parseInt(\"42\")", "42"),
        ("parseInt(\"  42px\")", "42"),
        ("parseInt(\"-42\")", "-42"),
        ("parseInt(\"-0\")", "-0"),
        ("parseInt(\"+7\")", "7"),
        ("parseInt(\"0x1F\")", "31"),
        ("parseInt(\"0X1f\", 16)", "31"),
        ("parseInt(\"0x1F\", 10)", "0"),
        ("parseInt(\"0x\")", "NaN"),
        ("parseInt(\"1F\", 16)", "31"),
        ("parseInt(\"z\", 36)", "35"),
        ("parseInt(\"Z\", 36)", "35"),
        ("parseInt(\"10\", 2)", "2"),
        ("parseInt(\"12\", 2)", "1"),
        ("parseInt(\"2\", 2)", "NaN"),
        ("parseInt(\"10\", 1)", "NaN"),
        ("parseInt(\"10\", 37)", "NaN"),
        ("parseInt(\"10\", 0)", "10"),
        ("parseInt(\"10\", -1)", "NaN"),
        ("parseInt(\"10\", 4294967312)", "16"),
        ("parseInt(\"10\", \"16\")", "16"),
        ("parseInt(\"\")", "NaN"),
        ("parseInt(\" \")", "NaN"),
        ("parseInt(\"abc\")", "NaN"),
        ("parseInt(\"\\u00a0\\ufeff\\u2028 12\")", "12"),
        ("parseInt(\"1e3\")", "1"),
        ("parseInt(\"0.0000005\")", "0"),
        ("parseInt(0.0000005)", "5"),
        ("parseInt(1e21)", "1"),
        ("parseInt(null)", "NaN"),
        ("parseInt(\"Infinity\")", "NaN"),
        ("parseInt(\"123456789012345678901234567890\")", "1.2345678901234568e+29"),
        ("parseInt(\"9007199254740993\")", "9007199254740992"),
        ("parseInt(\"ffffffffffffffffff\", 16)", "4.722366482869645e+21"),
        ("parseInt(\"1fffffffffffff1\", 16)", "144115188075855860"),
        ("parseInt(\"zzzzzzzzzzzzzzzzzzzz\", 36)", "1.3367494538843734e+31"),
        ("parseInt(\"2222222222222222222222222222222222222222\", 3)", "12157665459056929000"),
        ("parseInt(\"10000000000000000000000000000000000000000000000000000001\", 2)", "36028797018963970"),
        ("parseFloat(\"3.14\")", "3.14"),
        ("parseFloat(\"  3.14abc\")", "3.14"),
        ("parseFloat(\".5\")", "0.5"),
        ("parseFloat(\"5.\")", "5"),
        ("parseFloat(\".\")", "NaN"),
        ("parseFloat(\"-.5e-3x\")", "-0.0005"),
        ("parseFloat(\"1e\")", "1"),
        ("parseFloat(\"1e+\")", "1"),
        ("parseFloat(\"1e5\")", "100000"),
        ("parseFloat(\"-0\")", "-0"),
        ("parseFloat(\"Infinityx\")", "Infinity"),
        ("parseFloat(\"-Infinity\")", "-Infinity"),
        ("parseFloat(\"infinity\")", "NaN"),
        ("parseFloat(\"0x10\")", "0"),
        ("parseFloat(\"\")", "NaN"),
        ("parseFloat(\"1.7976931348623159e308\")", "Infinity"),
        ("parseFloat(\"2.4703282292062328e-324\")", "5e-324"),
        ("parseFloat(\"1_000\")", "1"),
        ("parseFloat(\"\\n\\t 42\")", "42"),
        ("isNaN(\"abc\")", "true"),
        ("isNaN(\"12\")", "false"),
        ("isNaN(undefined)", "true"),
        ("isNaN(null)", "false"),
        ("isNaN({})", "true"),
        ("isFinite(\"12\")", "true"),
        ("isFinite(\"Infinity\")", "false"),
        ("isFinite(null)", "true"),
        ("isFinite(NaN)", "false"),
        ("encodeURIComponent(\"a b&c=d/\u00e9\u20ac\ud83d\ude00\")", "\"a%20b%26c%3Dd%2F%C3%A9%E2%82%AC%F0%9F%98%80\""),
        ("encodeURI(\"http://x.com/a b?q=1&r=\u00e9#frag\")", "\"http://x.com/a%20b?q=1&r=%C3%A9#frag\""),
        ("encodeURIComponent(\";,/?:@&=+$#-_.!~*'()\")", "\"%3B%2C%2F%3F%3A%40%26%3D%2B%24%23-_.!~*'()\""),
        ("encodeURI(\";,/?:@&=+$#-_.!~*'()\")", "\";,/?:@&=+$#-_.!~*'()\""),
        ("encodeURIComponent(\"\\ud800\")", "throws URIError: URI malformed"),
        ("encodeURIComponent(\"\\udc00\")", "throws URIError: URI malformed"),
        ("encodeURIComponent(\"\\ud800x\")", "throws URIError: URI malformed"),
        ("encodeURIComponent(\"\\u0000\\u007f\\u0080\\u07ff\\u0800\\uffff\")", "\"%00%7F%C2%80%DF%BF%E0%A0%80%EF%BF%BF\""),
        ("decodeURIComponent(\"a%20b%26c%3Dd%2F%C3%A9%E2%82%AC%F0%9F%98%80\")", "\"a b&c=d/\u00e9\u20ac\ud83d\ude00\""),
        ("decodeURI(\"%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%20%C3%A9\")", "\"%3B%2F%3F%3A%40%26%3D%2B%24%2C%23 \u00e9\""),
        ("decodeURIComponent(\"%3B%2F%3F%3A%40%26%3D%2B%24%2C%23\")", "\";/?:@&=+$,#\""),
        ("decodeURIComponent(\"%\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%zz\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%E0%A4%A\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%C0%80\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%ED%A0%80\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%F4%90%80%80\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%80\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%C3\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%C3%28\")", "throws URIError: URI malformed"),
        ("decodeURIComponent(\"%f0%9f%98%80\")", "\"\ud83d\ude00\""),
        ("decodeURIComponent(\"abc\")", "\"abc\""),
        ("decodeURI(\"%25\")", "\"%\""),
        ("encodeURI()", "\"undefined\""),
        ("escape(\"a b+c/\u00e9\u20ac\ud83d\ude00@*_-.\")", "\"a%20b+c/%E9%u20AC%uD83D%uDE00@*_-.\""),
        ("escape(\"\\u0000\\u00ff\\u0100\")", "\"%00%FF%u0100\""),
        ("unescape(\"%u0041%41%zz%u12%4\")", "\"AA%zz%u12%4\""),
        ("unescape(\"%E9%u20AC\")", "\"\u00e9\u20ac\""),
        ("unescape(\"abc%\")", "\"abc%\""),
        ("Object.getOwnPropertyDescriptor(globalThis, \"undefined\")", "{value:undefined,writable:false,enumerable:false,configurable:false}"),
        ("Object.getOwnPropertyDescriptor(globalThis, \"isNaN\")", "{value:[Function: isNaN],writable:true,enumerable:false,configurable:true}"),
        ("globalThis.globalThis === globalThis", "true"),
        ("parseInt.length", "2"),
        ("parseFloat.length", "1"),
        ("encodeURI.length", "1"),
        ("escape.name", "\"escape\""),
    ];

    [Fact]
    public void CasesMatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsAgreeWithNode() => NodeOracle.AssertExpectations(Cases);

    /// <summary>parseInt (every radix, long digit strings) and parseFloat on generated strings, against node.</summary>
    [NodeFact]
    public void ParseIntAndParseFloatMatchNodeOnGeneratedStrings()
    {
        var random = new Random(21);
        const string Chars = "0123456789abcdefghijklmnopqrstuvwxyzABCXYZ.eE+- \txn";
        var expressions = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            int length = random.Next(1, random.Next(4) == 0 ? 60 : 12);
            var text = new string(Enumerable.Range(0, length).Select(_ => Chars[random.Next(random.Next(3) == 0 ? Chars.Length : 10)]).ToArray());
            expressions.Add(random.Next(3) == 0
                ? $"parseFloat(\"{text}\")"
                : $"parseInt(\"{text}\", {random.Next(-1, 38)})");
        }
        var expected = NodeOracle.Evaluate(expressions);
        AssertCases(expressions.Zip(expected));
    }
}
