console.log('start');
Promise.resolve().then(() => { throw 42; });
