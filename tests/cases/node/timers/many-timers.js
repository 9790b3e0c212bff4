var fired = 0;
for (var i = 0; i < 2000; i++) setTimeout(function () { fired++; }, i % 10);
setTimeout(function () { console.log('fired', fired); }, 50);
