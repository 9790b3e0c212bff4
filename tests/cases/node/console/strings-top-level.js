// Strings print raw at the top level and quoted when nested.
console.log('it\'s', "quote\"d", 'tab\there');
console.log(['it\'s', "quote\"d", 'tab\there', 'both\'"']);
console.log({ s: 'line1\nline2' });
