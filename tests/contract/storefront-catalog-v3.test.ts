import { describeStorefrontCatalog } from './storefront-catalog';

describeStorefrontCatalog('v3');
