// Prints the current two-factor code of the demo supervisor and administrator (development only:
// the demo key is published in libs/api/demo-data/src/demo-logins.ts, the demo is synthetic).
// Imports the two files it needs, not the API libraries, so it answers at once.
import { generate } from 'otplib';
import { DEMO_LOGINS, DEMO_TWO_FACTOR_SECRET } from '../libs/api/demo-data/src/demo-logins';

void (async () => {
  const code = await generate({ secret: DEMO_TWO_FACTOR_SECRET });
  const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
  console.log(`${code}  (authentication code for ${DEMO_LOGINS.supervisor} and ${DEMO_LOGINS.admin}; changes in ${secondsLeft} s)`);
})();
