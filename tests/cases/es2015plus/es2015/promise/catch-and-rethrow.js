Promise.reject(new Error('first'))
  .catch(e => { console.log('caught', e.message); throw new Error('second'); })
  .catch(e => { console.log('caught', e.message); return 'recovered'; })
  .then(v => console.log('then', v));
Promise.resolve().then(() => { null.x; }).catch(e => console.log(e.constructor.name));
