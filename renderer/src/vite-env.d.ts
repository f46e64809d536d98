// Lets TypeScript accept Vite's asset imports (the stylesheet in main.tsx).
/// <reference types="vite/client" />
