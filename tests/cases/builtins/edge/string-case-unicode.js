// Case mapping beyond ASCII: German sharp s, Greek final sigma, dotted I, ligatures, and locale-free behaviour.
console.log('straße'.toUpperCase(), 'ß'.toUpperCase().length, 'ΣΑΣ'.toLowerCase(), 'ΌΣΟΣ'.toLowerCase());
console.log('İ'.toLowerCase().length, 'ı'.toUpperCase(), 'ﬁ'.toUpperCase(), 'ǅ'.toLowerCase(), 'ǅ'.toUpperCase());
console.log('ÀÉÎÕÜ'.toLowerCase(), 'àéîõü'.toUpperCase(), '𐐨'.toUpperCase() === '𐐀', 'ΑΣ.'.toLowerCase());
console.log('i'.toLocaleUpperCase(), 'I'.toLocaleLowerCase(), 'Hello World'.toLowerCase() === 'hello world');
console.log('ǈ'.toUpperCase(), 'ǈ'.toLowerCase(), 'ʼn'.toUpperCase(), 'ΐ'.toUpperCase().length);
