Promise.resolve(1).then(null).then(undefined, undefined).then(5).then(v => console.log('value passed through:', v));
Promise.reject(new Error('r')).then(v => console.log('not called')).then({}).catch(e => console.log('reason passed through:', e.message));
Promise.resolve(2).catch(() => console.log('not called')).then(v => console.log('catch skipped:', v));
