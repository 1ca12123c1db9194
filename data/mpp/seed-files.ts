/** The seed articles by number, so entries read `seed: S001` instead of repeating hashes. */
export const S000 = '000_4aee7743f2ad6556.txt';
export const S001 = '001_a5f20182c0ab503f.txt';
export const S002 = '002_cd325869c55e549a.txt';
export const S003 = '003_f62fe51a228fd2db.txt';
export const S004 = '004_708c8fc536913e35.txt';
