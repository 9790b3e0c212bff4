var dv = new DataView(new ArrayBuffer(8));
['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64'].forEach(function (t) {
  dv['set' + t](0, -100.75, true);
  console.log(t, dv['get' + t](0, true), dv['get' + t](0));
});
