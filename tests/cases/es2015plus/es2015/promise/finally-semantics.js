Promise.resolve('v').finally(() => 'ignored').then(v => console.log('fulfilled keeps value:', v));
Promise.reject('r').finally(() => 'ignored').catch(e => console.log('rejected keeps reason:', e));
Promise.resolve('v').finally(() => { throw 'thrown'; }).catch(e => console.log('finally throw wins:', e));
Promise.resolve('v').finally(() => Promise.reject('rej')).catch(e => console.log('finally rejection wins:', e));
Promise.resolve('v').finally(function () { console.log('finally args:', arguments.length); });
Promise.resolve(3).finally(7).then(v => console.log('non-callable finally:', v));
