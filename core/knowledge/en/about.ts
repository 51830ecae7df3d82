import type { AboutText } from '../types';

export const ABOUT: AboutText = {
  title: 'About this information',
  sections: [
    {
      heading: 'Not medical advice',
      paragraphs: [
        'Backlight offers general information for runners. It is not medical advice and does not replace a doctor, physiotherapist or other health professional who can examine you.',
        'If a post, or your own back, shows any warning sign listed under "When to see a doctor", follow that advice first.',
      ],
    },
    {
      heading: 'We never diagnose',
      paragraphs: [
        'Backlight reads the words of a post. It can point out factors the post itself mentions, such as a recent jump in mileage or a treadmill session, and what tends to help with them. It cannot tell what is wrong with anyone, and the factors it lists are possibilities, not conclusions.',
      ],
    },
    {
      heading: 'How we grade evidence',
      paragraphs: [
        'Well supported: good-quality reviews or major guidelines agree on it.',
        'Mixed evidence: some studies support it and others do not, or it has been shown in related groups but not in runners with back pain.',
        'Little evidence: mostly based on experience, theory or small studies. Many things runners commonly report fall here; they may still be worth trying when they are safe.',
      ],
    },
    {
      heading: 'Where this comes from',
      paragraphs: [
        'The content is written in our own words from public sources: NHS and other health-service pages, the NICE guideline on low back pain and sciatica (NG59), Cochrane reviews, the Lancet low back pain series and papers in sports-medicine journals. Each cause and remedy lists its sources.',
        'Most research is on lower back pain in the general population; far less is specific to runners or to mid and upper back pain, and we say so where it matters.',
      ],
    },
    {
      heading: 'Figures and doses',
      paragraphs: [
        'Repetitions, times, distances and percentages in the remedies are common starting points, rules of thumb rather than tested prescriptions, unless the remedy’s evidence line names the study behind a figure. Adjust them to how your back responds.',
        'The figures in the warning signs and the FAQ (such as the age of 45 for inflammatory back pain, or most back pain easing within about two weeks) come from the cited guidelines and health services.',
      ],
    },
    {
      heading: 'Your privacy',
      paragraphs: ['Backlight works entirely in your browser. The posts it reads are never sent anywhere.'],
    },
  ],
  lastReviewedLabel: 'Last reviewed: 2 December 2026',
};
