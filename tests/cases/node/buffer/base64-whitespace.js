console.log(Buffer.from('aGVs\nbG8g\r\nd29y bGQ=', 'base64').toString(), Buffer.from('  aGk=  ', 'base64').toString());
