// Yields in try, catch and finally blocks of one statement.
function* g() {
  try {
    yield 'try';
    throw new Error('oops');
  } catch (e) {
    yield 'catch ' + e.message;
  } finally {
    yield 'finally';
  }
  yield 'after';
}
console.log([...g()]);
