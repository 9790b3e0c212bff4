// escape/unescape: which characters are kept, %u sequences, malformed sequences left alone, and round trips.
var kept = '';
for (var c = 32; c < 127; c++) if (escape(String.fromCharCode(c)).length === 1) kept += String.fromCharCode(c);
console.log(kept);
console.log(escape('\u0000\u00ff\u0100\uffff'), unescape('%u0041%41%%4%u004%uZZZZ%7'), unescape(escape('\ud800\udfff')) === '\ud800\udfff');
console.log(unescape('%E4%F6%FC'), escape('äöü'), decodeURIComponent(encodeURIComponent('äöü')), unescape('%u00E4') === 'ä');
