// The seeded shop, one row per product: the single source both catalogs are derived from.

export type OptionSet = 'none' | 'size' | 'colour' | 'size-colour' | 'shoe' | 'two-sizes';
export type StockSituation = 'in' | 'out' | 'one-out' | 'counted';

export interface SeedProduct {
  slug: string;
  name: string;
  collections: string[];
  price: number;
  options: OptionSet;
  blurb: string;
  colours?: string[];
  ribbon?: 'Sale' | 'New';
  discount?: { type: 'AMOUNT' | 'PERCENT'; value: number };
  stock?: StockSituation;
  hidden?: boolean;
  brand?: string;
  /** Full description paragraphs (HTML), replacing the generated ones. */
  html?: string[];
}

// prettier-ignore
export const PALETTE: Record<string, string> = {
  Navy: '#1f3a5f', Sand: '#d8c3a5', Olive: '#6b7b3a', Rust: '#b5532a', Cream: '#efe6d2',
  Charcoal: '#3a3a3a', Sky: '#8fb8de', Forest: '#2f5d50', Burgundy: '#7a1f2b', Mustard: '#d9a21b',
  Black: '#1a1a1a', Blush: '#e8a0a8', Tan: '#b48a5a', Stone: '#9a968c', Brass: '#b8913a',
  Brown: '#6b4226',
};

export interface SeedCollection {
  slug: string;
  name: string;
  colour: string;
  description: string;
  /** Two generic paragraphs every product of this collection gets in its description. */
  about: [string, string];
}

// prettier-ignore
export const SEED_COLLECTIONS: SeedCollection[] = [
  { slug: 'shirts', name: 'Shirts & Tops', colour: '#8fb8de', description: 'Everyday shirts and tees.',
    about: ['Cut for an easy, relaxed fit that layers well through the seasons.', 'Machine wash cold with similar colours; line dry to keep the shape.'] },
  { slug: 'knitwear', name: 'Knitwear', colour: '#b5532a', description: 'Warm knits in natural fibres.',
    about: ['Knitted from natural fibres that breathe, warm you up and soften with wear.', 'Hand wash in cool water and dry flat; fold, never hang.'] },
  { slug: 'trousers', name: 'Trousers & Shorts', colour: '#6b7b3a', description: 'Trousers, jeans and shorts.',
    about: ['A mid rise with a straight leg that sits comfortably all day.', 'Wash inside out at 30°C to keep the colour deep.'] },
  { slug: 'shoes', name: 'Shoes', colour: '#6b4226', description: 'Boots, sneakers and slippers.',
    about: ['Built on a roomy last with a cushioned footbed for all-day wear.', 'Sizes are EU; if you are between sizes, go up.'] },
  { slug: 'accessories', name: 'Bags & Accessories', colour: '#b48a5a', description: 'Bags, belts and small goods.',
    about: ['Made to carry the everyday essentials and to age beautifully.', 'Wipe clean with a damp cloth; condition leather twice a year.'] },
  { slug: 'home', name: 'Home & Living', colour: '#2f5d50', description: 'Objects for a calmer home.',
    about: ['Small-batch pieces made by independent workshops.', 'Each piece varies slightly: that is the charm of handmade.'] },
  { slug: 'sale', name: 'Sale', colour: '#7a1f2b', description: 'Reduced for a short time.',
    about: ['Reduced for a short time while stock lasts.', 'Sale items can be returned within 14 days.'] },
];

/** A collection the merchant hides from the site's menus (`visible: false`), listing its products. */
export interface SeedHiddenCollection {
  slug: string;
  name: string;
  colour: string;
  description: string;
  products: string[];
}

// Wix's own commerce template (headless-templates nextjs/commerce) fills its home page from these
// two; on a real site the merchant creates them and hides them from the menus.
// prettier-ignore
export const HIDDEN_COLLECTIONS: SeedHiddenCollection[] = [
  { slug: 'hidden-homepage-featured-items', name: 'Featured items', colour: '#d9a21b', description: 'Shown above the fold on the home page.',
    products: ['classic-linen-shirt', 'fisherman-rib-sweater', 'leather-desert-boots', 'canvas-low-top-sneakers', 'roll-top-backpack', 'ceramic-bud-vase'] },
  { slug: 'hidden-homepage-carousel', name: 'Homepage carousel', colour: '#1f3a5f', description: 'Shown in the carousel at the foot of the home page.',
    products: ['striped-breton-top', 'chunky-cable-cardigan', 'slim-chino-trousers', 'suede-penny-loafers', 'woven-leather-belt', 'linen-table-napkins'] },
];

const sale = (value: number) => ({ type: 'PERCENT' as const, value });
const off = (value: number) => ({ type: 'AMOUNT' as const, value });

// prettier-ignore
export const SEED_PRODUCTS: SeedProduct[] = [
  { slug: 'classic-linen-shirt', name: 'Classic Linen Shirt', collections: ['shirts'], price: 59, options: 'size-colour', colours: ['Sky', 'Cream'], ribbon: 'New', blurb: 'A breezy shirt in washed European linen.' },
  { slug: 'organic-cotton-tee', name: 'Organic Cotton Tee', collections: ['shirts'], price: 25, options: 'size-colour', colours: ['Cream', 'Black'], blurb: 'Our everyday tee in soft organic jersey.' },
  { slug: 'striped-breton-top', name: 'Striped Breton Top', collections: ['shirts', 'sale'], price: 39, options: 'size', colours: ['Navy'], ribbon: 'Sale', discount: sale(20), stock: 'one-out', blurb: 'The seaside classic with narrow navy stripes.' },
  { slug: 'oxford-button-down-shirt', name: 'Oxford Button-Down Shirt', collections: ['shirts'], price: 65, options: 'size', colours: ['Sky'], blurb: 'Sturdy oxford cloth that gets better every wash.' },
  { slug: 'washed-denim-shirt', name: 'Washed Denim Shirt', collections: ['shirts'], price: 72, options: 'size', colours: ['Navy'], stock: 'out', blurb: 'Light denim, stone washed for a lived-in feel.' },
  { slug: 'silk-camp-collar-blouse', name: 'Silk Camp Collar Blouse', collections: ['shirts'], price: 120, options: 'colour', colours: ['Blush', 'Cream', 'Forest'], blurb: 'Fluid sand-washed silk with a relaxed camp collar.' },
  { slug: 'heavyweight-pocket-tee', name: 'Heavyweight Pocket Tee', collections: ['shirts'], price: 32, options: 'size', colours: ['Stone'], hidden: true, blurb: 'A boxy tee in thick loopback cotton.' },
  { slug: 'merino-crew-sweater', name: 'Merino Crew Sweater', collections: ['knitwear'], price: 95, options: 'size-colour', colours: ['Charcoal', 'Mustard'], blurb: 'Fine-gauge merino that layers under anything.' },
  { slug: 'chunky-cable-cardigan', name: 'Chunky Cable Cardigan', collections: ['knitwear', 'sale'], price: 140, options: 'size', colours: ['Cream'], ribbon: 'Sale', discount: off(25), blurb: 'A hand-finished cable knit with horn buttons.' },
  { slug: 'cashmere-blend-beanie', name: 'Cashmere Blend Beanie', collections: ['knitwear', 'accessories'], price: 45, options: 'colour', colours: ['Burgundy', 'Charcoal', 'Mustard'], blurb: 'A soft rib beanie with a deep turn-up.' },
  { slug: 'lambswool-v-neck-jumper', name: 'Lambswool V-Neck Jumper', collections: ['knitwear'], price: 85, options: 'size', colours: ['Forest'], stock: 'one-out', blurb: 'Scottish lambswool in a classic V-neck.' },
  { slug: 'fisherman-rib-sweater', name: 'Fisherman Rib Sweater', collections: ['knitwear'], price: 110, options: 'size', colours: ['Cream'], ribbon: 'New', blurb: 'A chunky rib knit made for cold harbours.' },
  { slug: 'alpaca-wrap-scarf', name: 'Alpaca Wrap Scarf', collections: ['knitwear', 'accessories'], price: 68, options: 'colour', colours: ['Sand', 'Charcoal', 'Rust'], blurb: 'An oversized scarf in featherlight alpaca.' },
  { slug: 'relaxed-linen-trousers', name: 'Relaxed Linen Trousers', collections: ['trousers'], price: 79, options: 'size', colours: ['Sand'], blurb: 'Drawstring linen trousers for warm days.' },
  { slug: 'slim-chino-trousers', name: 'Slim Chino Trousers', collections: ['trousers', 'sale'], price: 69, options: 'size-colour', colours: ['Tan', 'Navy'], ribbon: 'Sale', discount: sale(15), blurb: 'Stretch cotton chinos with a slim, tapered leg.' },
  { slug: 'wide-leg-cord-trousers', name: 'Wide-Leg Cord Trousers', collections: ['trousers'], price: 89, options: 'size', colours: ['Rust'], stock: 'out', blurb: 'Eight-wale corduroy with a generous wide leg.' },
  { slug: 'drawstring-canvas-shorts', name: 'Drawstring Canvas Shorts', collections: ['trousers'], price: 42, options: 'size', colours: ['Olive'], blurb: 'Tough canvas shorts with an easy waist.' },
  { slug: 'selvedge-straight-jeans', name: 'Selvedge Straight Jeans', collections: ['trousers'], price: 135, options: 'size', colours: ['Navy'], stock: 'counted', brand: 'Kojima Mill', blurb: 'Raw selvedge denim that fades to your shape.' },
  { slug: 'pleated-wool-trousers', name: 'Pleated Wool Trousers', collections: ['trousers'], price: 150, options: 'size', colours: ['Charcoal'], hidden: true, blurb: 'Tailored wool flannel with a single pleat.' },
  { slug: 'leather-desert-boots', name: 'Leather Desert Boots', collections: ['shoes'], price: 165, options: 'shoe', colours: ['Tan'], blurb: 'Suede chukkas on a natural crepe sole.' },
  { slug: 'canvas-low-top-sneakers', name: 'Canvas Low-Top Sneakers', collections: ['shoes'], price: 58, options: 'shoe', colours: ['Cream'], ribbon: 'New', stock: 'one-out', blurb: 'Vulcanised sneakers in heavy cotton canvas.' },
  { slug: 'suede-penny-loafers', name: 'Suede Penny Loafers', collections: ['shoes', 'sale'], price: 145, options: 'shoe', colours: ['Brown'], ribbon: 'Sale', discount: sale(30), blurb: 'Unlined suede loafers that need no breaking in.' },
  { slug: 'merino-wool-runners', name: 'Merino Wool Runners', collections: ['shoes'], price: 110, options: 'shoe', colours: ['Stone'], blurb: 'Featherweight knit runners for everyday miles.' },
  { slug: 'rubber-rain-boots', name: 'Rubber Rain Boots', collections: ['shoes'], price: 75, options: 'colour', colours: ['Olive', 'Black', 'Mustard'], stock: 'out', blurb: 'Natural rubber boots for muddy walks.' },
  { slug: 'shearling-house-slippers', name: 'Shearling House Slippers', collections: ['shoes', 'home'], price: 55, options: 'shoe', colours: ['Sand'], blurb: 'Cosy sheepskin slippers with a soft sole.' },
  { slug: 'waxed-canvas-tote-bag', name: 'Waxed Canvas Tote Bag', collections: ['accessories'], price: 85, options: 'two-sizes', colours: ['Olive'], blurb: 'A weatherproof tote with leather handles.' },
  { slug: 'leather-card-holder', name: 'Leather Card Holder', collections: ['accessories'], price: 35, options: 'colour', colours: ['Tan', 'Black', 'Burgundy'], blurb: 'Four slots of vegetable-tanned leather.' },
  { slug: 'roll-top-backpack', name: 'Roll-Top Backpack', collections: ['accessories'], price: 120, options: 'two-sizes', colours: ['Charcoal'], ribbon: 'New', blurb: 'A waterproof roll-top pack with a laptop sleeve.' },
  { slug: 'woven-leather-belt', name: 'Woven Leather Belt', collections: ['accessories', 'sale'], price: 49, options: 'none', colours: ['Brown'], ribbon: 'Sale', discount: off(10), blurb: 'A braided belt with a solid brass buckle.' },
  { slug: 'wool-felt-fedora', name: 'Wool Felt Fedora', collections: ['accessories'], price: 78, options: 'none', colours: ['Charcoal'], stock: 'out', blurb: 'A packable fedora in crushable wool felt.' },
  { slug: 'recycled-nylon-crossbody', name: 'Recycled Nylon Crossbody', collections: ['accessories'], price: 60, options: 'colour', colours: ['Black', 'Forest', 'Sky'], stock: 'one-out', blurb: 'A compact crossbody in recycled ripstop.' },
  { slug: 'stoneware-coffee-mug', name: 'Stoneware Coffee Mug', collections: ['home'], price: 18, options: 'colour', colours: ['Cream', 'Forest', 'Rust'], blurb: 'A generous mug with a speckled glaze.' },
  { slug: 'linen-table-napkins', name: 'Linen Table Napkins (Set of 4)', collections: ['home', 'sale'], price: 28, options: 'colour', colours: ['Sand', 'Sky', 'Cream'], ribbon: 'Sale', discount: sale(25), blurb: 'Stonewashed linen napkins for everyday tables.' },
  { slug: 'hand-poured-soy-candle', name: 'Hand-Poured Soy Candle', collections: ['home'], price: 24, options: 'none', colours: ['Mustard'], stock: 'counted', blurb: 'Cedar and fig, poured into a reusable glass.' },
  { slug: 'waffle-cotton-bath-towel', name: 'Waffle Cotton Bath Towel', collections: ['home'], price: 38, options: 'colour', colours: ['Cream', 'Sky', 'Stone'], blurb: 'A light, quick-drying waffle weave.' },
  { slug: 'ceramic-bud-vase', name: 'Ceramic Bud Vase', collections: ['home'], price: 29, options: 'none', colours: ['Rust'], ribbon: 'New', blurb: 'A small vase for a single stem.',
    html: ['<p>Thrown by hand in <strong>small batches</strong>, so each vase is <em>slightly different</em>.</p>', '<ul><li>Height 15 cm</li><li>Food-safe glaze inside</li></ul>', '<p>Wipe clean with a <span style="color:#b5532a">damp cloth</span>. <a href="https://example.com/care">Care guide</a></p>'] },
  { slug: 'chunky-knit-throw-blanket', name: 'Chunky Knit Throw Blanket', collections: ['home', 'knitwear'], price: 129, options: 'colour', colours: ['Cream', 'Stone', 'Blush'], stock: 'one-out', blurb: 'A chunky throw in soft merino roving.' },
  { slug: 'olive-wood-serving-board', name: 'Olive Wood Serving Board', collections: ['home'], price: 52, options: 'two-sizes', colours: ['Tan'], blurb: 'Each board shows its own olive wood grain.' },
  { slug: 'enamel-camping-mug', name: 'Enamel Camping Mug', collections: ['home'], price: 16, options: 'colour', colours: ['Sky', 'Cream', 'Forest'], hidden: true, blurb: 'A tough enamel mug for the trail.' },
  { slug: 'brass-reading-lamp', name: 'Brass Reading Lamp', collections: ['home'], price: 189, options: 'none', colours: ['Brass'], blurb: 'A solid brass lamp with a linen shade.' },
];
