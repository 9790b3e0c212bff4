// ES2018 regexp features: lookbehind (positive/negative, variable length), the s flag, Unicode property escapes.
console.log('$10 €20 $30'.match(/(?<=\$)\d+/g).join(), '$10 €20 $30'.match(/(?<!\$)\b\d+/g).join());
console.log('price: 42 dollars'.replace(/(?<=price:\s*)\d+/, n => n * 2), 'abcabc'.replace(/(?<=a)b/g, 'B'));
console.log(/a.b/.test('a\nb'), /a.b/s.test('a\nb'), /a.b/s.dotAll, /a.b/s.flags);
console.log('Ünïcödé ÄBC abc 123'.match(/\p{Lu}/gu).join(''), 'αβγ abc'.match(/\p{Script=Greek}+/u)[0], /^\p{Number}+$/u.test('٣٤'));
console.log('😀 ok 🎉'.replace(/\p{Extended_Pictographic}/gu, '*'), /\P{ASCII}/u.test('abc'), /\P{ASCII}/u.test('abç'));
