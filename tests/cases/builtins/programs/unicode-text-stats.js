// Text statistics over Unicode: code points vs code units, normalization forms, categories via regex.
var text = 'Café naïve résumé — 日本語 テキスト 😀👍🏽 Ω';
console.log(text.length, Array.from(text).length, text.normalize('NFD').length, text.normalize('NFC').length);
console.log((text.match(/\p{L}/gu) || []).length, (text.match(/\p{Lu}/gu) || []).length, (text.match(/\p{Extended_Pictographic}/gu) || []).length, (text.match(/\p{Script=Han}/gu) || []).length);
console.log(Array.from('👍🏽').map(function (c) { return c.codePointAt(0).toString(16); }).join(' '), '👍🏽'.split('').length);
var words = text.split(/\s+/);
console.log(words.length, words.map(function (w) { return Array.from(w).length; }).join(','));
console.log(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), encodeURIComponent('é').length, encodeURIComponent('é'.normalize('NFD')).length);
console.log(String.fromCodePoint.apply(null, Array.from('abc', function (c) { return c.codePointAt(0) + 0x1D41A - 97; })));
