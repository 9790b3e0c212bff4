// A syntax error in a required file is a SyntaxError; the module is not cached.
try {
  require('./fixtures/throws-syntax');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
console.log(require.resolve('./fixtures/throws-syntax') in require.cache);
