import { PROBLEM_RESPONSES } from '../../kernel/http.js';

/** Every co-production route answers problems the same way and is listed under one tag. */
export const problems = PROBLEM_RESPONSES;
export const tags = ['coproduction'];
