// Closing remarks tell the officer how to reply, not what to answer: the format, clarification, the cost
// limit, partial release, thanks. They are never questions, even when they contain "please provide". A
// sentence with a question mark is never treated as one ("If you outsource, who to?" is an ask).
const CLOSING =
  /^(?:i would (?:like|prefer) (?:to receive|the (?:information|response|reply|data|answers?)|(?:my|your|a|the) (?:response|reply))|i(?:'d| would) prefer|i(?:'d| would) be happy to receive|please (?:send|provide|supply|email|forward|give) (?:me )?(?:the|your|this|my|all|any) (?:information|response|reply|answers?|data)\b(?! (?:on|about|regarding|relating|for|held|of))|(?:the )?(?:information|response|reply) (?:can|may|should|could) be (?:sent|provided|emailed|supplied|given)|if (?:you|there|any|it|this|complying|compliance|the cost|answering|responding|providing|some|part|any part)\b|should (?:you|any|there|the)\b|in the event\b|i look forward|looking forward|i understand (?:that )?(?:under|you|the)\b|please (?:acknowledge|confirm) (?:receipt|that you have received)|please (?:let me know|do not hesitate|don't hesitate|contact me|get in touch|feel free|note that i)\b|do not hesitate|don't hesitate|feel free|thank you|thanks\b|many thanks|i am happy to|i'm happy to|i would be happy to|i am aware|i'm aware|where (?:the|any) information (?:is|has been)|i would be grateful if you could (?:acknowledge|confirm receipt)|(?:an )?electronic copy|by email (?:is|would be)|i would like the information (?:in|by|as|to be))/i;

export function isClosingRemark(text: string): boolean {
  return !text.includes('?') && CLOSING.test(text);
}
