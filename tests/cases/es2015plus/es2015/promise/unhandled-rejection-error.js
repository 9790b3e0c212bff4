console.log('before');
Promise.reject(new Error('nobody catches this'));
setTimeout(() => console.log('never printed'), 0);
