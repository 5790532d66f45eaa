/**
 * Stock indices and markets (public facts), `Canonical name|other names`: things, never people
 * or firms, though they carry names ("Dow Jones", "Hang Seng").
 */
export const MARKET_INDICES = `
CAC 40
DAX
Dow Jones Industrial Average|Dow Jones,Dow Jones index,Dow Jones industrials
FTSE 100|FTSE
Hang Seng|Hang Seng Index
Kospi
Nasdaq Composite|Nasdaq
Nikkei|Nikkei 225,Nikkei average
S&P 500|Standard & Poor's 500
S&P/TSX composite index|TSX,S&P/TSX composite,TSX composite index
Sensex
Shanghai Composite|Shanghai Composite Index
Stoxx 600|Stoxx Europe 600,STOXX 600
`;
