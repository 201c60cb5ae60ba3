import { it } from 'vitest';
import { nextPair, type PairwiseChoice } from '/work/main/server/modules/cafes/prioritise.js';
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => { state = (state * 1664525 + 1013904223) >>> 0; return state / 4294967296; };
}
it('sim', () => {
  for (const [nIdeas, nPeople, draws] of [[6,12,600],[4,5,200],[8,30,1000],[3,3,100],[10,40,2000]] as const) {
    let worst = 0; let violations = 0; let total = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const ideas = Array.from({length:nIdeas},(_,i)=>`i${i}`);
      const random = seeded(seed); const history: PairwiseChoice[] = []; const shown = new Map<string, number>();
      const npairs = nIdeas*(nIdeas-1)/2;
      for (let i=0;i<draws;i++){
        const participantId = `p${Math.floor(random()*nPeople)}`;
        const pair = nextPair(ideas, history, participantId, random); if(!pair) throw new Error();
        history.push({participantId, winnerId: pair.leftId, loserId: pair.rightId});
        const k=[pair.leftId,pair.rightId].sort().join('|'); shown.set(k,(shown.get(k)??0)+1);
        const counts=[...shown.values(), ...Array<number>(npairs-shown.size).fill(0)];
        const d=Math.max(...counts)-Math.min(...counts); worst=Math.max(worst,d); total++; if(d>1) violations++;
      }
    }
    console.log(nIdeas,nPeople,draws,'worst',worst,'violation rate',(violations/total).toFixed(3));
  }
});
