const p = Promise.reject(new Error('handled later in the same tick'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch(e => console.log('caught:', e.message));
});
console.log('end of script');
