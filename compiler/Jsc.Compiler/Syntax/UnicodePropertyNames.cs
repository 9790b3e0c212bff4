using System.Globalization;

namespace Jsc.Compiler.Syntax;

/// <summary>
/// Property names and values accepted by <c>\p{…}</c>/<c>\P{…}</c> in ES2022 u-mode regular
/// expressions, plus the Unicode ID_Start/ID_Continue tests used for capture group names.
/// </summary>
internal static class UnicodePropertyNames
{
    // https://tc39.es/ecma262/2022/#table-binary-unicode-properties
    static readonly string[] BinaryProperties =
    [
        "ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Any", "Assigned",
        "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased",
        "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM",
        "Changes_When_Lowercased", "CWL", "Changes_When_NFKC_Casefolded", "CWKCF",
        "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased", "CWU", "Dash",
        "Default_Ignorable_Code_Point", "DI", "Deprecated", "Dep", "Diacritic", "Dia",
        "Emoji", "Emoji_Component", "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase",
        "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext",
        "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext", "Hex_Digit", "Hex",
        "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC",
        "ID_Start", "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C",
        "Logical_Order_Exception", "LOE", "Lowercase", "Lower", "Math",
        "Noncharacter_Code_Point", "NChar", "Pattern_Syntax", "Pat_Syn", "Pattern_White_Space", "Pat_WS",
        "Quotation_Mark", "QMark", "Radical", "Regional_Indicator", "RI", "Sentence_Terminal", "STerm",
        "Soft_Dotted", "SD", "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo",
        "Uppercase", "Upper", "Variation_Selector", "VS", "White_Space", "space",
        "XID_Continue", "XIDC", "XID_Start", "XIDS",
    ];

    // https://tc39.es/ecma262/2022/#table-unicode-general-category-values
    static readonly string[] GeneralCategoryValues =
    [
        "Cased_Letter", "LC", "Close_Punctuation", "Pe", "Connector_Punctuation", "Pc",
        "Control", "Cc", "cntrl", "Currency_Symbol", "Sc", "Dash_Punctuation", "Pd",
        "Decimal_Number", "Nd", "digit", "Enclosing_Mark", "Me", "Final_Punctuation", "Pf",
        "Format", "Cf", "Initial_Punctuation", "Pi", "Letter", "L", "Letter_Number", "Nl",
        "Line_Separator", "Zl", "Lowercase_Letter", "Ll", "Mark", "M", "Combining_Mark",
        "Math_Symbol", "Sm", "Modifier_Letter", "Lm", "Modifier_Symbol", "Sk",
        "Nonspacing_Mark", "Mn", "Number", "N", "Open_Punctuation", "Ps", "Other", "C",
        "Other_Letter", "Lo", "Other_Number", "No", "Other_Punctuation", "Po",
        "Other_Symbol", "So", "Paragraph_Separator", "Zp", "Private_Use", "Co",
        "Punctuation", "P", "punct", "Separator", "Z", "Space_Separator", "Zs",
        "Spacing_Mark", "Mc", "Surrogate", "Cs", "Symbol", "S", "Titlecase_Letter", "Lt",
        "Unassigned", "Cn", "Uppercase_Letter", "Lu",
    ];

    // https://tc39.es/ecma262/2022/#table-unicode-script-values (Unicode 14), plus the two
    // scripts Unicode 15 added, which current engines accept.
    static readonly string[] ScriptValues =
    [
        "Adlam", "Adlm", "Ahom", "Anatolian_Hieroglyphs", "Hluw", "Arabic", "Arab", "Armenian", "Armn",
        "Avestan", "Avst", "Balinese", "Bali", "Bamum", "Bamu", "Bassa_Vah", "Bass", "Batak", "Batk",
        "Bengali", "Beng", "Bhaiksuki", "Bhks", "Bopomofo", "Bopo", "Brahmi", "Brah", "Braille", "Brai",
        "Buginese", "Bugi", "Buhid", "Buhd", "Canadian_Aboriginal", "Cans", "Carian", "Cari",
        "Caucasian_Albanian", "Aghb", "Chakma", "Cakm", "Cham", "Cherokee", "Cher",
        "Chorasmian", "Chrs", "Common", "Zyyy", "Coptic", "Copt", "Qaac", "Cuneiform", "Xsux",
        "Cypriot", "Cprt", "Cypro_Minoan", "Cpmn", "Cyrillic", "Cyrl", "Deseret", "Dsrt",
        "Devanagari", "Deva", "Dives_Akuru", "Diak", "Dogra", "Dogr", "Duployan", "Dupl",
        "Egyptian_Hieroglyphs", "Egyp", "Elbasan", "Elba", "Elymaic", "Elym", "Ethiopic", "Ethi",
        "Georgian", "Geor", "Glagolitic", "Glag", "Gothic", "Goth", "Grantha", "Gran", "Greek", "Grek",
        "Gujarati", "Gujr", "Gunjala_Gondi", "Gong", "Gurmukhi", "Guru", "Han", "Hani", "Hangul", "Hang",
        "Hanifi_Rohingya", "Rohg", "Hanunoo", "Hano", "Hatran", "Hatr", "Hebrew", "Hebr",
        "Hiragana", "Hira", "Imperial_Aramaic", "Armi", "Inherited", "Zinh", "Qaai",
        "Inscriptional_Pahlavi", "Phli", "Inscriptional_Parthian", "Prti", "Javanese", "Java",
        "Kaithi", "Kthi", "Kannada", "Knda", "Katakana", "Kana", "Kawi", "Kayah_Li", "Kali",
        "Kharoshthi", "Khar", "Khitan_Small_Script", "Kits", "Khmer", "Khmr", "Khojki", "Khoj",
        "Khudawadi", "Sind", "Lao", "Laoo", "Latin", "Latn", "Lepcha", "Lepc", "Limbu", "Limb",
        "Linear_A", "Lina", "Linear_B", "Linb", "Lisu", "Lycian", "Lyci", "Lydian", "Lydi",
        "Mahajani", "Mahj", "Makasar", "Maka", "Malayalam", "Mlym", "Mandaic", "Mand",
        "Manichaean", "Mani", "Marchen", "Marc", "Masaram_Gondi", "Gonm", "Medefaidrin", "Medf",
        "Meetei_Mayek", "Mtei", "Mende_Kikakui", "Mend", "Meroitic_Cursive", "Merc",
        "Meroitic_Hieroglyphs", "Mero", "Miao", "Plrd", "Modi", "Mongolian", "Mong", "Mro", "Mroo",
        "Multani", "Mult", "Myanmar", "Mymr", "Nabataean", "Nbat", "Nag_Mundari", "Nagm",
        "Nandinagari", "Nand", "New_Tai_Lue", "Talu", "Newa", "Nko", "Nkoo", "Nushu", "Nshu",
        "Nyiakeng_Puachue_Hmong", "Hmnp", "Ogham", "Ogam", "Ol_Chiki", "Olck",
        "Old_Hungarian", "Hung", "Old_Italic", "Ital", "Old_North_Arabian", "Narb",
        "Old_Permic", "Perm", "Old_Persian", "Xpeo", "Old_Sogdian", "Sogo",
        "Old_South_Arabian", "Sarb", "Old_Turkic", "Orkh", "Old_Uyghur", "Ougr", "Oriya", "Orya",
        "Osage", "Osge", "Osmanya", "Osma", "Pahawh_Hmong", "Hmng", "Palmyrene", "Palm",
        "Pau_Cin_Hau", "Pauc", "Phags_Pa", "Phag", "Phoenician", "Phnx", "Psalter_Pahlavi", "Phlp",
        "Rejang", "Rjng", "Runic", "Runr", "Samaritan", "Samr", "Saurashtra", "Saur",
        "Sharada", "Shrd", "Shavian", "Shaw", "Siddham", "Sidd", "SignWriting", "Sgnw",
        "Sinhala", "Sinh", "Sogdian", "Sogd", "Sora_Sompeng", "Sora", "Soyombo", "Soyo",
        "Sundanese", "Sund", "Syloti_Nagri", "Sylo", "Syriac", "Syrc", "Tagalog", "Tglg",
        "Tagbanwa", "Tagb", "Tai_Le", "Tale", "Tai_Tham", "Lana", "Tai_Viet", "Tavt",
        "Takri", "Takr", "Tamil", "Taml", "Tangsa", "Tnsa", "Tangut", "Tang", "Telugu", "Telu",
        "Thaana", "Thaa", "Thai", "Tibetan", "Tibt", "Tifinagh", "Tfng", "Tirhuta", "Tirh",
        "Toto", "Ugaritic", "Ugar", "Vai", "Vaii", "Vithkuqi", "Vith", "Wancho", "Wcho",
        "Warang_Citi", "Wara", "Yezidi", "Yezi", "Yi", "Yiii", "Zanabazar_Square", "Zanb",
    ];

    // Alternate lookups let the validator test a slice of the pattern without allocating a string.
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Binary = Lookup(BinaryProperties);
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GeneralCategory = Lookup(GeneralCategoryValues);
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Script = Lookup(ScriptValues);

    static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] names) =>
        new HashSet<string>(names, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> is valid alone, as in <c>\p{Alpha}</c> or <c>\p{Lu}</c>.</summary>
    public static bool IsLoneNameOrValue(ReadOnlySpan<char> name) =>
        Binary.Contains(name) || GeneralCategory.Contains(name);

    /// <summary>Whether <paramref name="name"/> may appear left of <c>=</c>, as in <c>\p{sc=Greek}</c>.</summary>
    public static bool IsNonBinaryName(ReadOnlySpan<char> name) =>
        name is "General_Category" or "gc" or "Script" or "sc" or "Script_Extensions" or "scx";

    /// <summary>Whether <paramref name="value"/> is a value of the non-binary property <paramref name="name"/>.</summary>
    public static bool IsValueOf(ReadOnlySpan<char> name, ReadOnlySpan<char> value) =>
        name is "General_Category" or "gc" ? GeneralCategory.Contains(value) : Script.Contains(value);

    // https://tc39.es/ecma262/#prod-RegExpIdentifierStart (UnicodeIDStart, $ and _)
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 0x80)
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '$' || cp == '_';
        return IsUnicodeIdStart(cp);
    }

    // https://tc39.es/ecma262/#prod-RegExpIdentifierPart (UnicodeIDContinue, $, _, ZWNJ and ZWJ)
    public static bool IsIdentifierPart(int cp)
    {
        if (cp < 0x80)
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9 || cp == '$' || cp == '_';
        if (cp is 0x200C or 0x200D)
            return true;
        if (IsUnicodeIdStart(cp))
            return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
        }
        // Other_ID_Continue (PropList.txt, Unicode 15.1).
        return cp is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x30FB or 0xFF65;
    }

    // ID_Start = L + Nl + Other_ID_Start - Pattern_Syntax - Pattern_White_Space (UAX #31).
    static bool IsUnicodeIdStart(int cp)
    {
        if (cp > 0x10FFFF)
            return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                // U+2E2F VERTICAL TILDE is the only letter that is also Pattern_Syntax.
                return cp != 0x2E2F;
        }
        // Other_ID_Start, kept for backward compatibility of identifiers by Unicode.
        return cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
    }
}
