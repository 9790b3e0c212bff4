Promise.resolve()
  .then(() => ({ then(r) { r('from thenable'); } }))
  .then(v => console.log(v));
Promise.resolve()
  .then(() => Promise.reject(new Error('rejected promise returned')))
  .catch(e => console.log(e.message));
