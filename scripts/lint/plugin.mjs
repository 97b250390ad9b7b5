// The project's own lint rules, registered as the `desk` plugin in eslint.config.mjs.
import { allowedImports } from './allowedImports.mjs';
import { noDevDependencies } from './noDevDependencies.mjs';

export default {
  meta: { name: 'desk' },
  rules: { 'allowed-imports': allowedImports, 'no-dev-dependencies': noDevDependencies },
};
