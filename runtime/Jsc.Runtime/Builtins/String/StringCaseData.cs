namespace Jsc.Runtime.Builtins;

/// <summary>
/// Generated from node 20 (ICU 78, Unicode 17): every code point whose toUpperCase or
/// toLowerCase differs from .NET's invariant mapping (SpecialCasing's one-to-many
/// mappings, dotless i, long s, and letters newer than .NET's tables). Each entry is
/// (upper, lower) as full strings.
/// </summary>
static class StringCaseData
{
    public static readonly Dictionary<int, (string Upper, string Lower)> Exceptions = new()
    {
        [0x00DF] = ("\u0053\u0053", "\u00DF"), [0x0130] = ("\u0130", "\u0069\u0307"), [0x0131] = ("\u0049", "\u0131"),
        [0x0149] = ("\u02BC\u004E", "\u0149"), [0x017F] = ("\u0053", "\u017F"), [0x01F0] = ("\u004A\u030C", "\u01F0"),
        [0x0390] = ("\u0399\u0308\u0301", "\u0390"), [0x03B0] = ("\u03A5\u0308\u0301", "\u03B0"), [0x0587] = ("\u0535\u0552", "\u0587"),
        [0x1E96] = ("\u0048\u0331", "\u1E96"), [0x1E97] = ("\u0054\u0308", "\u1E97"), [0x1E98] = ("\u0057\u030A", "\u1E98"),
        [0x1E99] = ("\u0059\u030A", "\u1E99"), [0x1E9A] = ("\u0041\u02BE", "\u1E9A"), [0x1F50] = ("\u03A5\u0313", "\u1F50"),
        [0x1F52] = ("\u03A5\u0313\u0300", "\u1F52"), [0x1F54] = ("\u03A5\u0313\u0301", "\u1F54"), [0x1F56] = ("\u03A5\u0313\u0342", "\u1F56"),
        [0x1F80] = ("\u1F08\u0399", "\u1F80"), [0x1F81] = ("\u1F09\u0399", "\u1F81"), [0x1F82] = ("\u1F0A\u0399", "\u1F82"),
        [0x1F83] = ("\u1F0B\u0399", "\u1F83"), [0x1F84] = ("\u1F0C\u0399", "\u1F84"), [0x1F85] = ("\u1F0D\u0399", "\u1F85"),
        [0x1F86] = ("\u1F0E\u0399", "\u1F86"), [0x1F87] = ("\u1F0F\u0399", "\u1F87"), [0x1F88] = ("\u1F08\u0399", "\u1F80"),
        [0x1F89] = ("\u1F09\u0399", "\u1F81"), [0x1F8A] = ("\u1F0A\u0399", "\u1F82"), [0x1F8B] = ("\u1F0B\u0399", "\u1F83"),
        [0x1F8C] = ("\u1F0C\u0399", "\u1F84"), [0x1F8D] = ("\u1F0D\u0399", "\u1F85"), [0x1F8E] = ("\u1F0E\u0399", "\u1F86"),
        [0x1F8F] = ("\u1F0F\u0399", "\u1F87"), [0x1F90] = ("\u1F28\u0399", "\u1F90"), [0x1F91] = ("\u1F29\u0399", "\u1F91"),
        [0x1F92] = ("\u1F2A\u0399", "\u1F92"), [0x1F93] = ("\u1F2B\u0399", "\u1F93"), [0x1F94] = ("\u1F2C\u0399", "\u1F94"),
        [0x1F95] = ("\u1F2D\u0399", "\u1F95"), [0x1F96] = ("\u1F2E\u0399", "\u1F96"), [0x1F97] = ("\u1F2F\u0399", "\u1F97"),
        [0x1F98] = ("\u1F28\u0399", "\u1F90"), [0x1F99] = ("\u1F29\u0399", "\u1F91"), [0x1F9A] = ("\u1F2A\u0399", "\u1F92"),
        [0x1F9B] = ("\u1F2B\u0399", "\u1F93"), [0x1F9C] = ("\u1F2C\u0399", "\u1F94"), [0x1F9D] = ("\u1F2D\u0399", "\u1F95"),
        [0x1F9E] = ("\u1F2E\u0399", "\u1F96"), [0x1F9F] = ("\u1F2F\u0399", "\u1F97"), [0x1FA0] = ("\u1F68\u0399", "\u1FA0"),
        [0x1FA1] = ("\u1F69\u0399", "\u1FA1"), [0x1FA2] = ("\u1F6A\u0399", "\u1FA2"), [0x1FA3] = ("\u1F6B\u0399", "\u1FA3"),
        [0x1FA4] = ("\u1F6C\u0399", "\u1FA4"), [0x1FA5] = ("\u1F6D\u0399", "\u1FA5"), [0x1FA6] = ("\u1F6E\u0399", "\u1FA6"),
        [0x1FA7] = ("\u1F6F\u0399", "\u1FA7"), [0x1FA8] = ("\u1F68\u0399", "\u1FA0"), [0x1FA9] = ("\u1F69\u0399", "\u1FA1"),
        [0x1FAA] = ("\u1F6A\u0399", "\u1FA2"), [0x1FAB] = ("\u1F6B\u0399", "\u1FA3"), [0x1FAC] = ("\u1F6C\u0399", "\u1FA4"),
        [0x1FAD] = ("\u1F6D\u0399", "\u1FA5"), [0x1FAE] = ("\u1F6E\u0399", "\u1FA6"), [0x1FAF] = ("\u1F6F\u0399", "\u1FA7"),
        [0x1FB2] = ("\u1FBA\u0399", "\u1FB2"), [0x1FB3] = ("\u0391\u0399", "\u1FB3"), [0x1FB4] = ("\u0386\u0399", "\u1FB4"),
        [0x1FB6] = ("\u0391\u0342", "\u1FB6"), [0x1FB7] = ("\u0391\u0342\u0399", "\u1FB7"), [0x1FBC] = ("\u0391\u0399", "\u1FB3"),
        [0x1FC2] = ("\u1FCA\u0399", "\u1FC2"), [0x1FC3] = ("\u0397\u0399", "\u1FC3"), [0x1FC4] = ("\u0389\u0399", "\u1FC4"),
        [0x1FC6] = ("\u0397\u0342", "\u1FC6"), [0x1FC7] = ("\u0397\u0342\u0399", "\u1FC7"), [0x1FCC] = ("\u0397\u0399", "\u1FC3"),
        [0x1FD2] = ("\u0399\u0308\u0300", "\u1FD2"), [0x1FD3] = ("\u0399\u0308\u0301", "\u1FD3"), [0x1FD6] = ("\u0399\u0342", "\u1FD6"),
        [0x1FD7] = ("\u0399\u0308\u0342", "\u1FD7"), [0x1FE2] = ("\u03A5\u0308\u0300", "\u1FE2"), [0x1FE3] = ("\u03A5\u0308\u0301", "\u1FE3"),
        [0x1FE4] = ("\u03A1\u0313", "\u1FE4"), [0x1FE6] = ("\u03A5\u0342", "\u1FE6"), [0x1FE7] = ("\u03A5\u0308\u0342", "\u1FE7"),
        [0x1FF2] = ("\u1FFA\u0399", "\u1FF2"), [0x1FF3] = ("\u03A9\u0399", "\u1FF3"), [0x1FF4] = ("\u038F\u0399", "\u1FF4"),
        [0x1FF6] = ("\u03A9\u0342", "\u1FF6"), [0x1FF7] = ("\u03A9\u0342\u0399", "\u1FF7"), [0x1FFC] = ("\u03A9\u0399", "\u1FF3"),
        [0xA7CE] = ("\uA7CE", "\uA7CF"), [0xA7CF] = ("\uA7CE", "\uA7CF"), [0xA7D2] = ("\uA7D2", "\uA7D3"),
        [0xA7D3] = ("\uA7D2", "\uA7D3"), [0xA7D4] = ("\uA7D4", "\uA7D5"), [0xA7D5] = ("\uA7D4", "\uA7D5"),
        [0xFB00] = ("\u0046\u0046", "\uFB00"), [0xFB01] = ("\u0046\u0049", "\uFB01"), [0xFB02] = ("\u0046\u004C", "\uFB02"),
        [0xFB03] = ("\u0046\u0046\u0049", "\uFB03"), [0xFB04] = ("\u0046\u0046\u004C", "\uFB04"), [0xFB05] = ("\u0053\u0054", "\uFB05"),
        [0xFB06] = ("\u0053\u0054", "\uFB06"), [0xFB13] = ("\u0544\u0546", "\uFB13"), [0xFB14] = ("\u0544\u0535", "\uFB14"),
        [0xFB15] = ("\u0544\u053B", "\uFB15"), [0xFB16] = ("\u054E\u0546", "\uFB16"), [0xFB17] = ("\u0544\u053D", "\uFB17"),
        [0x16EA0] = ("\uD81B\uDEA0", "\uD81B\uDEBB"), [0x16EA1] = ("\uD81B\uDEA1", "\uD81B\uDEBC"), [0x16EA2] = ("\uD81B\uDEA2", "\uD81B\uDEBD"),
        [0x16EA3] = ("\uD81B\uDEA3", "\uD81B\uDEBE"), [0x16EA4] = ("\uD81B\uDEA4", "\uD81B\uDEBF"), [0x16EA5] = ("\uD81B\uDEA5", "\uD81B\uDEC0"),
        [0x16EA6] = ("\uD81B\uDEA6", "\uD81B\uDEC1"), [0x16EA7] = ("\uD81B\uDEA7", "\uD81B\uDEC2"), [0x16EA8] = ("\uD81B\uDEA8", "\uD81B\uDEC3"),
        [0x16EA9] = ("\uD81B\uDEA9", "\uD81B\uDEC4"), [0x16EAA] = ("\uD81B\uDEAA", "\uD81B\uDEC5"), [0x16EAB] = ("\uD81B\uDEAB", "\uD81B\uDEC6"),
        [0x16EAC] = ("\uD81B\uDEAC", "\uD81B\uDEC7"), [0x16EAD] = ("\uD81B\uDEAD", "\uD81B\uDEC8"), [0x16EAE] = ("\uD81B\uDEAE", "\uD81B\uDEC9"),
        [0x16EAF] = ("\uD81B\uDEAF", "\uD81B\uDECA"), [0x16EB0] = ("\uD81B\uDEB0", "\uD81B\uDECB"), [0x16EB1] = ("\uD81B\uDEB1", "\uD81B\uDECC"),
        [0x16EB2] = ("\uD81B\uDEB2", "\uD81B\uDECD"), [0x16EB3] = ("\uD81B\uDEB3", "\uD81B\uDECE"), [0x16EB4] = ("\uD81B\uDEB4", "\uD81B\uDECF"),
        [0x16EB5] = ("\uD81B\uDEB5", "\uD81B\uDED0"), [0x16EB6] = ("\uD81B\uDEB6", "\uD81B\uDED1"), [0x16EB7] = ("\uD81B\uDEB7", "\uD81B\uDED2"),
        [0x16EB8] = ("\uD81B\uDEB8", "\uD81B\uDED3"), [0x16EBB] = ("\uD81B\uDEA0", "\uD81B\uDEBB"), [0x16EBC] = ("\uD81B\uDEA1", "\uD81B\uDEBC"),
        [0x16EBD] = ("\uD81B\uDEA2", "\uD81B\uDEBD"), [0x16EBE] = ("\uD81B\uDEA3", "\uD81B\uDEBE"), [0x16EBF] = ("\uD81B\uDEA4", "\uD81B\uDEBF"),
        [0x16EC0] = ("\uD81B\uDEA5", "\uD81B\uDEC0"), [0x16EC1] = ("\uD81B\uDEA6", "\uD81B\uDEC1"), [0x16EC2] = ("\uD81B\uDEA7", "\uD81B\uDEC2"),
        [0x16EC3] = ("\uD81B\uDEA8", "\uD81B\uDEC3"), [0x16EC4] = ("\uD81B\uDEA9", "\uD81B\uDEC4"), [0x16EC5] = ("\uD81B\uDEAA", "\uD81B\uDEC5"),
        [0x16EC6] = ("\uD81B\uDEAB", "\uD81B\uDEC6"), [0x16EC7] = ("\uD81B\uDEAC", "\uD81B\uDEC7"), [0x16EC8] = ("\uD81B\uDEAD", "\uD81B\uDEC8"),
        [0x16EC9] = ("\uD81B\uDEAE", "\uD81B\uDEC9"), [0x16ECA] = ("\uD81B\uDEAF", "\uD81B\uDECA"), [0x16ECB] = ("\uD81B\uDEB0", "\uD81B\uDECB"),
        [0x16ECC] = ("\uD81B\uDEB1", "\uD81B\uDECC"), [0x16ECD] = ("\uD81B\uDEB2", "\uD81B\uDECD"), [0x16ECE] = ("\uD81B\uDEB3", "\uD81B\uDECE"),
        [0x16ECF] = ("\uD81B\uDEB4", "\uD81B\uDECF"), [0x16ED0] = ("\uD81B\uDEB5", "\uD81B\uDED0"), [0x16ED1] = ("\uD81B\uDEB6", "\uD81B\uDED1"),
        [0x16ED2] = ("\uD81B\uDEB7", "\uD81B\uDED2"), [0x16ED3] = ("\uD81B\uDEB8", "\uD81B\uDED3"),
    };
}
