import { defineConfig } from 'drizzle-kit';

// Migrations are generated from every module's tables and committed; they only ever move forward.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/kernel/kernel.tables.ts', './server/modules/*/*.tables.ts'],
  out: './server/migrations',
});
