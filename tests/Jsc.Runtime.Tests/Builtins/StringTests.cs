using System.Text;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

/// <summary>
/// String built-ins as MiniJs expressions with node's results (generated in node with
/// <see cref="CollectionTestGlobals.NodeDefinitions"/>, re-checked by
/// <see cref="ExpectationsMatchNode"/>), plus whole-range comparisons with node for case
/// mapping and normalization.
/// </summary>
public class StringTests : RealmTest
{
    public StringTests() => CollectionTestGlobals.Install(Realm);

    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("String()", "\"\""),
        ("String(1)", "\"1\""),
        ("String(-0)", "\"0\""),
        ("String(null)", "\"null\""),
        ("String(undefined)", "\"undefined\""),
        ("String(Symbol('x'))", "\"Symbol(x)\""),
        ("String(Symbol())", "\"Symbol()\""),
        ("String([1, [2, 3]])", "\"1,2,3\""),
        ("String({})", "\"[object Object]\""),
        ("new String('ab')", "[String: \"ab\"]"),
        ("new String('ab').length", "2"),
        ("new String(Symbol('x'))", "throws TypeError: Cannot convert a Symbol value to a string"),
        ("String.fromCharCode(72, 105)", "\"Hi\""),
        ("String.fromCharCode(65601)", "\"A\""),
        ("String.fromCharCode()", "\"\""),
        ("String.fromCodePoint(128512).length", "2"),
        ("String.fromCodePoint(65, 66)", "\"AB\""),
        ("String.fromCodePoint(-1)", "throws RangeError: Invalid code point -1"),
        ("String.fromCodePoint(1.5)", "throws RangeError: Invalid code point 1.5"),
        ("String.fromCodePoint(1114112)", "throws RangeError: Invalid code point 1114112"),
        ("String.fromCodePoint('x')", "throws RangeError: Invalid code point NaN"),
        ("String.raw({raw: ['a', 'b', 'c']}, 1, 2, 3)", "\"a1b2c\""),
        ("String.raw({raw: 'xyz'}, '-', '+')", "\"x-y+z\""),
        ("String.raw({raw: []})", "\"\""),
        ("String.raw()", "throws TypeError: Cannot convert undefined or null to object"),
        ("'abc'.at(-1)", "\"c\""),
        ("'abc'.at(5)", "undefined"),
        ("'abc'.charAt(1)", "\"b\""),
        ("'abc'.charAt(-1)", "\"\""),
        ("'abc'.charAt(9)", "\"\""),
        ("'abc'.charCodeAt(0)", "97"),
        ("'abc'.charCodeAt(3)", "NaN"),
        ("'\\ud83d\\ude00'.codePointAt(0)", "128512"),
        ("'\\ud83d\\ude00'.codePointAt(1)", "56832"),
        ("'abc'.codePointAt(5)", "undefined"),
        ("'a'.concat('b', 1, null)", "\"ab1null\""),
        ("'abc'.endsWith('bc')", "true"),
        ("'abc'.endsWith('ab', 2)", "true"),
        ("'abc'.endsWith('')", "true"),
        ("'abc'.startsWith('ab')", "true"),
        ("'abc'.startsWith('bc', 1)", "true"),
        ("'abc'.startsWith('a', -5)", "true"),
        ("'abc'.includes('b')", "true"),
        ("'abc'.includes('d')", "false"),
        ("'abc'.includes('')", "true"),
        ("'aXbXc'.indexOf('X')", "1"),
        ("'aXbXc'.indexOf('X', 2)", "3"),
        ("'abc'.indexOf('')", "0"),
        ("'abc'.indexOf('', 10)", "3"),
        ("'aXbXc'.lastIndexOf('X')", "3"),
        ("'aXbXc'.lastIndexOf('X', 2)", "1"),
        ("'abc'.lastIndexOf('')", "3"),
        ("'abc'.lastIndexOf('c', -1)", "-1"),
        ("'abc'.lastIndexOf('a', NaN)", "0"),
        ("'ab\\ud800'.isWellFormed()", "false"),
        ("'ab\\ud800c'.toWellFormed()", "\"ab�c\""),
        ("'abc'.isWellFormed()", "true"),
        ("'a'.localeCompare('B')", "-1"),
        ("'a'.localeCompare('A')", "-1"),
        ("'A'.localeCompare('a')", "1"),
        ("'b'.localeCompare('a')", "1"),
        ("'a'.localeCompare('a')", "0"),
        ("'résumé'.localeCompare('resume')", "1"),
        ("'10'.localeCompare('9')", "-1"),
        ("'a-b'.localeCompare('ab')", "-1"),
        ("'a_b'.localeCompare('a-b')", "-1"),
        ("'ab'.localeCompare('aB')", "-1"),
        ("'aB'.localeCompare('Ab')", "-1"),
        ("'ss'.localeCompare('ß')", "-1"),
        ("'z'.localeCompare('é')", "1"),
        ("'Z'.localeCompare('a')", "1"),
        ("' '.localeCompare('_')", "-1"),
        ("'apple'.localeCompare('Apple pie')", "-1"),
        ("'\\u00e9'.normalize('NFD').length", "2"),
        ("'e\\u0301'.normalize().length", "1"),
        ("'e\\u0301'.normalize('NFC') === '\\u00e9'", "true"),
        ("'\\ufb01'.normalize('NFKD')", "\"fi\""),
        ("'\\ufb01'.normalize('NFD')", "\"ﬁ\""),
        ("'\\u1e9b\\u0323'.normalize('NFKC') === '\\u1e69'", "true"),
        ("'\\u1e9b\\u0323'.normalize('NFC') === '\\u1e9b\\u0323'", "true"),
        ("'\\u1100\\u1161\\u11a8'.normalize() === '\\uac01'", "true"),
        ("'\\uac01'.normalize('NFD').length", "3"),
        ("'a\\u0323\\u0307'.normalize('NFD') === 'a\\u0323\\u0307'", "true"),
        ("'a\\u0307\\u0323'.normalize('NFD') === 'a\\u0323\\u0307'", "true"),
        ("'a'.normalize('nfc')", "throws RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD."),
        ("'abc'.padEnd(6, '12')", "\"abc121\""),
        ("'abc'.padStart(6, '12')", "\"121abc\""),
        ("'abc'.padStart(8, '12')", "\"12121abc\""),
        ("'abc'.padStart(2)", "\"abc\""),
        ("'abc'.padStart(5)", "\"  abc\""),
        ("'abc'.padEnd(5, '')", "\"abc\""),
        ("'ab'.repeat(3)", "\"ababab\""),
        ("'ab'.repeat(0)", "\"\""),
        ("'ab'.repeat(-1)", "throws RangeError: Invalid count value: -1"),
        ("'ab'.repeat(Infinity)", "throws RangeError: Invalid count value: Infinity"),
        ("''.repeat(5)", "\"\""),
        ("'ab'.repeat(2.9)", "\"abab\""),
        ("'abcdef'.slice(1, 3)", "\"bc\""),
        ("'abcdef'.slice(-2)", "\"ef\""),
        ("'abcdef'.slice(4, 1)", "\"\""),
        ("'abcdef'.substring(4, 1)", "\"bcd\""),
        ("'abcdef'.substring(-1, 2)", "\"ab\""),
        ("'abcdef'.substring(2)", "\"cdef\""),
        ("'abcdef'.substr(1, 3)", "\"bcd\""),
        ("'abcdef'.substr(-3, 2)", "\"de\""),
        ("'abcdef'.substr(2)", "\"cdef\""),
        ("'abcdef'.substr(1, -1)", "\"\""),
        ("'  a b  '.trim()", "\"a b\""),
        ("'\\t\\n\\u00a0\\ufeffx\\u2028'.trim()", "\"x\""),
        ("'  a  '.trimStart()", "\"a  \""),
        ("'  a  '.trimEnd()", "\"  a\""),
        ("'  a  '.trimLeft()", "\"a  \""),
        ("String.prototype.trimLeft === String.prototype.trimStart", "true"),
        ("String.prototype.trimRight.name", "\"trimEnd\""),
        ("'ABC def'.toLowerCase()", "\"abc def\""),
        ("'abc DEF'.toUpperCase()", "\"ABC DEF\""),
        ("'straße'.toUpperCase()", "\"STRASSE\""),
        ("'\\ufb03'.toUpperCase()", "\"FFI\""),
        ("'İ'.toLowerCase().length", "2"),
        ("'ΑΣ'.toLowerCase()", "\"ας\""),
        ("'ΑΣ Σ'.toLowerCase()", "\"ας σ\""),
        ("'ΣΑ'.toLowerCase()", "\"σα\""),
        ("'ı'.toUpperCase()", "\"I\""),
        ("'ǆ'.toUpperCase()", "\"Ǆ\""),
        ("'ǅ'.toLowerCase()", "\"ǆ\""),
        ("'ﬀ'.toLocaleUpperCase()", "\"FF\""),
        ("'\\ud801\\udc00'.toLowerCase() === '\\ud801\\udc28'", "true"),
        ("'abc'.toString()", "\"abc\""),
        ("'abc'.valueOf()", "\"abc\""),
        ("new String('x').toString()", "\"x\""),
        ("String.prototype.toString.call(1)", "throws TypeError: String.prototype.toString requires that 'this' be a String"),
        ("String.prototype.valueOf.call({})", "throws TypeError: String.prototype.valueOf requires that 'this' be a String"),
        ("String.prototype.trim.call(null)", "throws TypeError: String.prototype.trim called on null or undefined"),
        ("String.prototype.trimStart.call(undefined)", "throws TypeError: String.prototype.trimLeft called on null or undefined"),
        ("String.prototype.at.call(123, 0)", "\"1\""),
        ("'a,b,,c'.split(',')", "[\"a\",\"b\",\"\",\"c\"]"),
        ("'a,b,c'.split(',', 2)", "[\"a\",\"b\"]"),
        ("'abc'.split('')", "[\"a\",\"b\",\"c\"]"),
        ("'abc'.split('', 2)", "[\"a\",\"b\"]"),
        ("'abc'.split()", "[\"abc\"]"),
        ("''.split(',')", "[\"\"]"),
        ("''.split('')", "[]"),
        ("'a,b'.split(',', 0)", "[]"),
        ("'a||b||'.split('||')", "[\"a\",\"b\",\"\"]"),
        ("'aaa'.split('a')", "[\"\",\"\",\"\",\"\"]"),
        ("'test'.split('t', -1)", "[\"\",\"es\",\"\"]"),
        ("'x'.split(undefined, 0)", "[]"),
        ("'a-b-c'.replace('-', '+')", "\"a+b-c\""),
        ("'a-b-c'.replace('x', '+')", "\"a-b-c\""),
        ("'a-b-c'.replace('-', '[$&]')", "\"a[-]b-c\""),
        ("'a-b-c'.replace('-', '[$`]')", "\"a[a]b-c\""),
        ("\"a-b-c\".replace('-', \"[$']\")", "\"a[b-c]b-c\""),
        ("'a-b-c'.replace('-', '$$')", "\"a$b-c\""),
        ("'a-b-c'.replace('-', '$1')", "\"a$1b-c\""),
        ("'a-b-c'.replace('-', '$<x>')", "\"a$<x>b-c\""),
        ("'a-b-c'.replace('-', '$')", "\"a$b-c\""),
        ("'a-b-c'.replace('-', upper)", "\"a-b-c\""),
        ("'a-b-c'.replace('b', replacerArgs)", "\"a-[b|2|a-b-c]-c\""),
        ("'abc'.replace('', '_')", "\"_abc\""),
        ("'a-b-c'.replaceAll('-', '+')", "\"a+b+c\""),
        ("'a-b-c'.replaceAll('-', '[$&$`]')", "\"a[-a]b[-a-b]c\""),
        ("'aaa'.replaceAll('aa', 'b')", "\"ba\""),
        ("'abc'.replaceAll('', '_')", "\"_a_b_c_\""),
        ("'a-b'.replaceAll('-', replacerArgs)", "\"a[-|1|a-b]b\""),
        ("'x'.replaceAll('y', 'z')", "\"x\""),
        ("'abc'.anchor('a\"b')", "\"<a name=\\\"a&quot;b\\\">abc</a>\""),
        ("'abc'.bold()", "\"<b>abc</b>\""),
        ("'abc'.link('u')", "\"<a href=\\\"u\\\">abc</a>\""),
        ("'abc'.fontcolor('red')", "\"<font color=\\\"red\\\">abc</font>\""),
        ("'abc'.sub()", "\"<sub>abc</sub>\""),
        ("Array.from('a\\ud83d\\ude00b')", "[\"a\",\"😀\",\"b\"]"),
        ("'ab'[Symbol.iterator]().next()", "{value:\"a\",done:false}"),
        ("String.prototype[Symbol.iterator].name", "\"[Symbol.iterator]\""),
        ("'abc'[Symbol.iterator]().toString()", "\"[object String Iterator]\""),
        ("Object.getOwnPropertyNames(String.prototype)", "[\"length\",\"constructor\",\"anchor\",\"at\",\"big\",\"blink\",\"bold\",\"charAt\",\"charCodeAt\",\"codePointAt\",\"concat\",\"endsWith\",\"fontcolor\",\"fontsize\",\"fixed\",\"includes\",\"indexOf\",\"isWellFormed\",\"italics\",\"lastIndexOf\",\"link\",\"localeCompare\",\"match\",\"matchAll\",\"normalize\",\"padEnd\",\"padStart\",\"repeat\",\"replace\",\"replaceAll\",\"search\",\"slice\",\"small\",\"split\",\"strike\",\"sub\",\"substr\",\"substring\",\"sup\",\"startsWith\",\"toString\",\"toWellFormed\",\"trim\",\"trimStart\",\"trimLeft\",\"trimEnd\",\"trimRight\",\"toLocaleLowerCase\",\"toLocaleUpperCase\",\"toLowerCase\",\"toUpperCase\",\"valueOf\"]"),
        ("Object.getOwnPropertyNames(String)", "[\"length\",\"name\",\"prototype\",\"fromCharCode\",\"fromCodePoint\",\"raw\"]"),
        ("String.prototype.split.length", "2"),
        ("String.prototype.replace.length", "2"),
        ("String.prototype.concat.length", "1"),
        ("String.prototype.padStart.length", "1"),
        ("'abc'.length", "3"),
        ("new String('abc')[1]", "\"b\""),
        ("Object.keys(new String('ab'))", "[\"0\",\"1\"]"),
        ("'abc'.includes('b', 2)", "false"),
        ("'abc'.startsWith({toString: String})", "true"),
    ];

    [Fact]
    public void Cases_MatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsMatchNode() => CollectionTestGlobals.AssertNodeAgrees(Cases);

    /// <summary>Every code point in the Basic Multilingual Plane and the supplementary ones with case, one string each.</summary>
    static List<string> CodePointSamples()
    {
        var samples = new List<string>();
        for (int cp = 0x80; cp < 0x20000; cp++)
        {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            samples.Add(char.ConvertFromUtf32(cp));
        }
        return samples;
    }

    [NodeFact]
    public void CaseMapping_MatchesNodeForEveryCodePoint()
    {
        var samples = CodePointSamples();
        var node = NodeOracle.Run("module.exports = (s) => s.toUpperCase() + '|' + s.toLowerCase();", samples);
        var wrong = samples.Zip(node)
            .Where(p => StringCase.ToUpper(p.First) + "|" + StringCase.ToLower(p.First) != p.Second)
            .Select(p => $"U+{char.ConvertToUtf32(p.First, 0):X4}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} code points differ: {string.Join(" ", wrong.Take(40))}");
    }

    [NodeFact]
    public void Normalization_MatchesNodeForEveryCodePoint()
    {
        var samples = CodePointSamples();
        // Sequences exercising canonical ordering and composition across marks.
        samples.AddRange(["a\u0301\u0323", "a\u0323\u0301", "\u0041\u030A\u0301", "\u1100\u1161", "\uAC00\u11A8",
            "e\u0301\u0301", "\u0071\u0307\u0323", "\u00C5\u0328", "\u1E0B\u0323", "\u0CCA\u0CD5", "\u0B47\u0B3E"]);
        var node = NodeOracle.Run("module.exports = (s) => ['NFC', 'NFD', 'NFKC', 'NFKD'].map(f => s.normalize(f)).join('|');", samples);
        var forms = new[] { NormalizationForm.FormC, NormalizationForm.FormD, NormalizationForm.FormKC, NormalizationForm.FormKD };
        var wrong = samples.Zip(node)
            .Where(p => string.Join("|", forms.Select(f => StringNormalization.Normalize(p.First, f))) != p.Second)
            .Select(p => string.Join(" ", p.First.EnumerateRunes().Select(r => $"U+{r.Value:X4}"))).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} strings differ: {string.Join(", ", wrong.Take(40))}");
    }

    [NodeFact]
    public void LocaleCompare_OrdersAsciiLikeNode()
    {
        var words = new List<string>();
        for (char c = ' '; c < '\u007f'; c++) words.Add(c.ToString());
        words.AddRange(["ab", "aB", "Ab", "AB", "a b", "a-b", "a_b", "a1", "a10", "a9", "abc", "ab ", "", "résumé", "resume", "Resume"]);
        var pairs = words.SelectMany(a => words.Select(b => a + "\u0000" + b)).ToList();
        var node = NodeOracle.Run("module.exports = (s) => { const [a, b] = s.split('\\u0000'); return String(a.localeCompare(b)); };", pairs);
        var wrong = pairs.Zip(node)
            .Where(p => StringCollation.Compare(p.First.Split('\u0000')[0], p.First.Split('\u0000')[1]).ToString() != p.Second)
            .Select(p => Show.Quote(p.First.Replace('\u0000', '/')) + " " + p.Second).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} pairs differ: {string.Join(", ", wrong.Take(40))}");
    }
}
