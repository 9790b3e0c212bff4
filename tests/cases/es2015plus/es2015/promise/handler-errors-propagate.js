Promise.resolve(1)
  .then(v => { throw new Error('in then ' + v); })
  .then(() => console.log('skipped'))
  .then(null, e => { console.log('got', e.message); return 'ok'; })
  .then(v => console.log('continues with', v));
